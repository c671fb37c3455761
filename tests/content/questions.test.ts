// Self-checks that test judgement, without cues a test-wise learner could use (issue 12). Each
// failure names the file and the question id.
import { describe, expect, test } from 'vitest';
import { BLOOM_LEVELS } from '../../src/schemas/question';
import { PARTS } from '../../src/lib/chapters';
import { loadChapters } from '../support/course';
import { label, questionsOf, type CourseQuestion } from './course-items';

const chapters = loadChapters();
const published = questionsOf(chapters).filter((question) => !question.draft);
const HIGHER = new Set(['apply', 'analyze', 'evaluate']);
/** Absolute words that mark a distractor for a test-wise reader when keys lack them. */
const ABSOLUTE = /\b(always|never|only|every)\b/i;

type Option = NonNullable<CourseQuestion['options']>[number];
const singleAnswer = published.filter(
  (question) =>
    question.options && question.options.filter((option) => option.correct).length === 1,
);
const optionsOf = (question: CourseQuestion) => question.options ?? [];

/** Share of `options` with an absolute word, in percent. */
function absoluteRate(options: readonly Option[]): number {
  if (options.length === 0) return 0;
  return (100 * options.filter((option) => ABSOLUTE.test(option.text)).length) / options.length;
}

/** Questions whose one correct option is strictly the longest. */
export function longestIsCorrect(questions: readonly CourseQuestion[]): CourseQuestion[] {
  return questions.filter((question) => {
    const options = optionsOf(question);
    const key = options.find((option) => option.correct);
    if (!key) return false;
    return options.every((option) => option === key || option.text.length < key.text.length);
  });
}

describe('questions', () => {
  test.each(chapters.map((chapter) => [chapter.id, chapter.file] as const))(
    '%s has at least 5 published questions',
    (id, file) => {
      expect(
        published.filter((question) => question.chapter === id).length,
        file,
      ).toBeGreaterThanOrEqual(5);
    },
  );

  test('returns a Bloom level for every published question', () => {
    const missing = published.filter((question) => !BLOOM_LEVELS.includes(question.bloom as never));
    expect(missing.map((question) => label(question, 'quiz'))).toEqual([]);
  });

  test.each(PARTS.map((part) => [part.label, part.directory] as const))(
    'asks for application or judgement in at least 40%% of %s questions',
    (_label, directory) => {
      const inPart = published.filter((question) => question.part === directory);
      const higher = inPart.filter((question) => HIGHER.has(question.bloom ?? ''));
      expect(inPart.length).toBeGreaterThan(0);
      expect(
        higher.length / inPart.length,
        `${higher.length} of ${inPart.length} questions in ${directory}/ apply, analyze or evaluate`,
      ).toBeGreaterThanOrEqual(0.4);
    },
  );

  test.each(chapters.map((chapter) => [chapter.id, chapter] as const))(
    '%s checks every objective with a question',
    (id, chapter) => {
      const objectives = chapter.data.objectives ?? [];
      const asked = new Set(
        published
          .filter((question) => question.chapter === id)
          .map((question) => question.objective),
      );
      expect(
        objectives
          .filter((objective) => !asked.has(objective.id))
          .map((objective) => `${chapter.file} › objectives › "${objective.id}"`),
      ).toEqual([]);
    },
  );

  test('marks distractors with absolute words no more often than correct options (within 5 points)', () => {
    const distractors = published.flatMap((question) =>
      optionsOf(question).filter((option) => !option.correct),
    );
    const keys = published.flatMap((question) =>
      optionsOf(question).filter((option) => option.correct),
    );
    const gap = absoluteRate(distractors) - absoluteRate(keys);
    const offenders = published
      .filter((question) =>
        optionsOf(question).some((option) => !option.correct && ABSOLUTE.test(option.text)),
      )
      .map((question) => label(question, 'quiz'));
    expect(
      gap,
      `distractors ${absoluteRate(distractors).toFixed(1)}% vs correct ${absoluteRate(keys).toFixed(1)}%; distractors with always/never/only/every: ${offenders.join('; ')}`,
    ).toBeLessThanOrEqual(5);
  });

  test('makes the correct option the longest in at most 30% of single-answer questions', () => {
    const longest = longestIsCorrect(singleAnswer);
    expect(
      longest.length / singleAnswer.length,
      `${longest.length} of ${singleAnswer.length}: ${longest.map((question) => label(question, 'quiz')).join('; ')}`,
    ).toBeLessThanOrEqual(0.3);
  });

  test('errors when the correct option is the longest', () => {
    const cued: CourseQuestion = {
      file: 'fixture.mdx',
      chapter: 'fixture',
      part: 'foundations',
      id: 'cued',
      prompt: 'Which is right?',
      options: [
        { text: 'No', why: '' },
        { text: 'The long, careful and qualified right answer', correct: true, why: '' },
      ],
    };
    expect(longestIsCorrect([cued]).map((question) => question.id)).toEqual(['cued']);
  });
});
