import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { DRAFT_NOTICE, draftChapters, idFrom, keyTerm } from '../../scripts/import/draft-chapters';
import type { ParsedExport } from '../../scripts/import/parse-export';
import { parseExport } from '../../scripts/import/parse-export';
import { countDrafts, validateCourse } from '../../src/course/validation';
import { formatProblem } from '../../src/course/error';
import { headingsOf } from '../../src/course/headings';
import { FlashcardSchema } from '../../src/schemas/flashcard';
import { QuestionSchema } from '../../src/schemas/question';

interface Entry {
  id: string;
  draft?: true;
  teaches: string;
  objective: string;
}
interface DraftQuestion extends Entry {
  prompt: string;
  options: { text: string; correct?: true; why: string }[];
}
interface DraftCard extends Entry {
  front: string;
  back: string;
}
interface DraftFrontmatter {
  draft: boolean;
  title: string;
  description: string;
  sidebar: { order: number };
  objectives: { id: string; text: string }[];
  quiz?: DraftQuestion[];
  flashcards?: DraftCard[];
}

const seed = readFileSync(new URL('../fixtures/exports/seed.txt', import.meta.url), 'utf8');
const files = draftChapters(parseExport(seed, 'seed.txt'), { outDir: '/site/drafts' });
const chapters = files.map(({ path, content }) => {
  // Read back the way Astro reads it, so a value that would change type is caught here.
  const { frontmatter, content: body } = parseFrontmatter(content);
  return { path, body, data: frontmatter as DraftFrontmatter };
});
const questions = chapters.flatMap(({ data }) => data.quiz ?? []);
const cards = chapters.flatMap(({ data }) => data.flashcards ?? []);
const chapterOf = (text: string) =>
  chapters.find(({ data }) =>
    [
      ...(data.quiz ?? []).map((q) => q.prompt),
      ...(data.flashcards ?? []).map((c) => c.front),
    ].some((each) => each.startsWith(text)),
  )?.data.title;
const teachesOf = (text: string) =>
  [...questions.map((q) => [q.prompt, q.teaches]), ...cards.map((c) => [c.front, c.teaches])].find(
    ([each]) => each?.startsWith(text),
  )?.[1];

describe('draftChapters', () => {
  test('returns one numbered chapter file per study-notes section', () => {
    expect(files.map(({ path }) => path.replace('/site/drafts/', ''))).toEqual([
      '01-model-fine-tuning.mdx',
      '02-mechanics-of-fine-tuning.mdx',
      '03-use-fine-tuning-to-improve-performance.mdx',
      '04-ethical-and-safety-considerations.mdx',
      '05-continuous-improvement.mdx',
      '06-challenges-and-considerations.mdx',
      '07-prepare-for-fine-tuning.mdx',
      '08-configure-your-model.mdx',
      '09-monitor-and-evaluate-your-model.mdx',
      '10-deploy-your-model.mdx',
    ]);
  });

  test.each([
    ['What distinguishes few-shot learning from fine-tuning?', 'Model Fine-Tuning'],
    ['What is a benefit of fine-tuning over few-shot learning?', 'Model Fine-Tuning'],
    [
      'Which of the following techniques is used to prevent overfitting',
      'Mechanics of Fine-Tuning',
    ],
    ['Why is it important to select a specialized dataset', 'Mechanics of Fine-Tuning'],
    ['What is the purpose of dataset splitting', 'Prepare for Fine-Tuning'],
    ['Why is continuous improvement important', 'Continuous Improvement'],
    ['When configuring your model for fine-tuning', 'Configure Your Model'],
    ['What is Few-Shot Learning?', 'Model Fine-Tuning'],
    ['Overfitting', 'Challenges and Considerations'],
    ['Regularization Techniques', 'Mechanics of Fine-Tuning'],
    ['Ethical Considerations in Fine-Tuning', 'Ethical and Safety Considerations'],
    ['Fine-Tuning for Continuous Improvement', 'Continuous Improvement'],
    ['Data Cleaning: Step 2', 'Prepare for Fine-Tuning'],
    ['Data Splitting: Step 3', 'Prepare for Fine-Tuning'],
  ])('returns "%s" placed in "%s"', (text, title) => {
    expect(chapterOf(text)).toBe(title);
  });

  // TF-IDF matches words, not meaning: the only chapters that say "selection" or "key" are
  // Challenges ("selection bias") and Mechanics ("key areas"), so the card lands in Mechanics
  // and an author has to move it. Turn this into a plain test if placement gets smarter.
  test.fails('returns "Model Selection: Key Factors" placed in "Configure Your Model"', () => {
    expect(chapterOf('Model Selection: Key Factors')).toBe('Configure Your Model');
  });

  test('returns `teaches` pointing at the heading that covers the item', () => {
    expect(teachesOf('Which of the following techniques')).toBe('#apply-regularization-techniques');
    expect(teachesOf('What is the purpose of dataset splitting')).toBe('#split-data-into-training');
    expect(teachesOf('Overfitting')).toBe('#overfitting');
    expect(teachesOf('What is Few-Shot Learning?')).toBe('#few-shot-learning');
  });

  test('returns every `teaches` as the anchor of a heading in its own chapter', () => {
    for (const { body, data } of chapters) {
      const anchors = headingsOf(body).map(({ slug }) => `#${slug}`);
      for (const { teaches } of [...(data.quiz ?? []), ...(data.flashcards ?? [])]) {
        expect(anchors).toContain(teaches);
      }
    }
  });

  test('returns counts of complete and draft items that match the frontmatter', () => {
    const total = (key: keyof (typeof files)[number]['counts']) =>
      files.reduce((sum, { counts }) => sum + counts[key], 0);
    expect([
      total('completeQuestions'),
      total('draftQuestions'),
      total('completeCards'),
      total('draftCards'),
    ]).toEqual([0, 20, 3, 16]);
    expect(questions.filter(({ draft }) => draft)).toHaveLength(20);
    expect(cards.filter(({ draft }) => draft)).toHaveLength(16);
  });

  test('returns questions that keep the export’s options and answer but no invented why', () => {
    const answered = questions.filter(({ options }) => options.some(({ correct }) => correct));
    expect(answered).toHaveLength(3);
    for (const question of answered) {
      expect(QuestionSchema.safeParse(question).error).toBeUndefined();
      expect(question.options.every(({ why }) => why === '')).toBe(true);
    }
  });

  test('returns complete cards that pass the site schema', () => {
    for (const card of cards.filter(({ draft }) => !draft)) {
      expect(FlashcardSchema.safeParse(card).error).toBeUndefined();
    }
  });

  test('returns drafts flagged `draft: true` with their missing fields empty', () => {
    expect(questions.find(({ prompt }) => prompt.startsWith('What is a crucial factor'))).toEqual({
      id: 'crucial-factor-creating-dataset-fine-tuning',
      draft: true,
      prompt:
        'What is a crucial factor when creating a dataset for fine-tuning to prevent misuse of sensitive information?',
      options: [],
      teaches: '#clean-data-removing-irrelevant-data',
      objective: expect.any(String),
    });
    expect(cards.find(({ front }) => front === 'Overfitting')).toEqual({
      id: 'overfitting',
      draft: true,
      front: 'Overfitting',
      back: '',
      teaches: '#overfitting',
      objective: expect.any(String),
    });
  });

  test('returns chapters that pass the content check, with every draft counted', () => {
    const files = chapters.map(({ path, body, data }) => ({
      file: path.replace('/site/', ''),
      data: { ...data } as Record<string, unknown>,
      body,
      format: 'mdx' as const,
    }));
    expect(validateCourse(files).map(formatProblem)).toEqual([]);
    const counted = countDrafts(files).reduce(
      (sum, each) => ({ questions: sum.questions + each.questions, cards: sum.cards + each.cards }),
      { questions: 0, cards: 0 },
    );
    expect(counted).toEqual({
      questions: questions.filter(({ draft }) => draft).length,
      cards: cards.filter(({ draft }) => draft).length,
    });
  });

  test('returns kebab-case ids that are unique across the whole import', () => {
    const ids = [...questions, ...cards].map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  test('returns frontmatter in the chapter format, as a Starlight draft page', () => {
    const [first] = chapters;
    expect(first?.data).toMatchObject({
      title: 'Model Fine-Tuning',
      description:
        'Large language models (LLMs) are massive neural networks trained on vast amounts of data to understand and generate human-like text.',
      sidebar: { order: 1 },
      objectives: [
        { id: 'explain-large-language-models', text: 'Explain large language models' },
        { id: 'explain-fine-tuning', text: 'Explain fine-tuning' },
        { id: 'explain-few-shot-learning', text: 'Explain few-shot learning' },
      ],
    });
    for (const { data } of chapters) {
      expect(data.draft).toBe(true);
      expect(data.description.length).toBeLessThanOrEqual(160);
      expect(data.objectives.length).toBeGreaterThanOrEqual(2);
      expect(data.objectives.length).toBeLessThanOrEqual(3);
      // Every question and card checks one of its chapter's objectives.
      const ids = data.objectives.map((objective) => objective.id);
      for (const item of [...(data.quiz ?? []), ...(data.flashcards ?? [])]) {
        expect(ids).toContain(item.objective);
      }
    }
  });

  test('returns a body with the draft notice, then one heading and paragraph per bullet', () => {
    const challenges = chapters[5]?.body ?? '';
    expect(
      challenges
        .trimStart()
        .startsWith(`${DRAFT_NOTICE}\n\n## Overfitting\n\nOverfitting: A model`),
    ).toBe(true);
    expect(headingsOf(challenges).map(({ text }) => text)).toEqual([
      'Overfitting',
      'Catastrophic Forgetting',
      'Dataset Bias',
    ]);
    expect(challenges).not.toContain('<Quiz');
  });

  test('returns imports and components only when the components folder is known', () => {
    const [first] = draftChapters(parseExport(seed), {
      outDir: '/site/drafts',
      componentsDir: '/site/src/components',
    });
    expect(first?.content).toContain("import Quiz from '../src/components/Quiz.astro';\n");
    expect(first?.content).toContain(
      "import Flashcards from '../src/components/Flashcards.astro';\n",
    );
    expect(first?.content.trimEnd().endsWith('<Quiz />\n\n<Flashcards />')).toBe(true);
  });

  test('returns unique headings and escapes MDX syntax in the text', () => {
    const parsed: ParsedExport = {
      questions: [],
      flashcards: [],
      description: '',
      sections: [
        {
          line: 1,
          title: 'Tokens',
          bullets: [
            { line: 2, text: 'Prompt templates: use {role} and <tags> carefully.' },
            { line: 3, text: 'Prompt templates: keep them short.' },
          ],
        },
      ],
    };
    const content = draftChapters(parsed, { outDir: '/out' })[0]?.content ?? '';
    expect(headingsOf(content).map(({ slug }) => slug)).toEqual([
      'prompt-templates',
      'prompt-templates-2',
    ]);
    expect(content).toContain('use \\{role} and \\<tags> carefully.');
  });
});

describe('keyTerm', () => {
  test('returns the text before a colon, or the subject before its verb', () => {
    expect(keyTerm('Dataset Bias: Biased datasets lead to biased model outputs.')).toEqual({
      text: 'Dataset Bias',
      kind: 'term',
    });
    expect(keyTerm('Few-shot learning is a type of fine-tuning.')).toEqual({
      text: 'Few-shot learning',
      kind: 'term',
    });
  });

  test('returns an action for an instruction, cut before its clause', () => {
    expect(keyTerm('Select a specialized dataset that is representative of the task.')).toEqual({
      text: 'Select a specialized dataset',
      kind: 'action',
    });
  });

  test('returns at most six words, without trailing stop words', () => {
    expect(
      keyTerm('Decide on appropriate base model and fine-tuning method based on task.').text,
    ).toBe('Decide on appropriate base model');
  });
});

describe('idFrom', () => {
  test('returns kebab-case from the first six meaningful words, numbered when taken', () => {
    const taken = new Set<string>();
    expect(idFrom("What is the model's purpose?", taken)).toBe('models-purpose');
    expect(idFrom('Model’s purpose', taken)).toBe('models-purpose-2');
    expect(idFrom('What is it?', taken)).toBe('what-is-it');
  });
});
