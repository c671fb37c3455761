import { describe, expect, test } from 'vitest';
import {
  anyStarted,
  levelCounts,
  masteryByChapter,
  masteryCount,
  meterFill,
} from '../../src/lib/mastery-view';
import { emptyProgress } from '../../src/lib/progress';
import { answerAll, PROGRESS_CHAPTERS, questionsOf, START } from '../support/plan';

const chapters = PROGRESS_CHAPTERS;

describe('masteryByChapter', () => {
  test('groups every objective under its chapter, in reading order', () => {
    const grouped = masteryByChapter(chapters, emptyProgress('seed'));
    expect(grouped.map(({ id, objectives }) => [id, objectives.map(({ key }) => key)])).toEqual([
      ['part/one', ['part/one#alpha', 'part/one#beta']],
      ['part/two', ['part/two#gamma', 'part/two#delta']],
      ['part/three', ['part/three#epsilon', 'part/three#zeta']],
    ]);
    expect(grouped[0]).toMatchObject({ title: 'Chapter part/one', href: '/part/one/' });
    expect(anyStarted(grouped)).toBe(false);
  });

  test('leaves out chapters without objectives', () => {
    const bare = { ...chapters[0]!, id: 'bare', objectives: undefined };
    expect(
      masteryByChapter([bare, chapters[1]!], emptyProgress('seed')).map(({ id }) => id),
    ).toEqual(['part/two']);
  });

  test('a missed question makes its objective Attempted; all right the first time, Proficient', () => {
    let progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'first-try', START);
    progress = answerAll(progress, ['beta-1'], 'wrong', START);
    const [one] = masteryByChapter(chapters, progress);
    expect(one!.objectives.map(({ level }) => level)).toEqual(['proficient', 'attempted']);
    expect(masteryCount(one!.objectives[0]!)).toBe('3 of 3 questions right the first time');
    expect(masteryCount(one!.objectives[1]!)).toBe(
      '0 of 3 questions right the first time, 2 not answered',
    );
  });
});

describe('masteryCount', () => {
  test('leaves out "not answered" when nothing is answered yet, and says "question" for one', () => {
    const base = { key: 'k', chapterId: 'c', text: 't', level: 'not-started' as const };
    expect(masteryCount({ ...base, questions: 2, rightNow: 0, answered: 0 })).toBe(
      '0 of 2 questions right the first time',
    );
    expect(masteryCount({ ...base, questions: 1, rightNow: 1, answered: 1 })).toBe(
      '1 of 1 question right the first time',
    );
  });
});

describe('meterFill', () => {
  test('fills no step for Not started and all four for Mastered', () => {
    expect(
      (['not-started', 'attempted', 'familiar', 'proficient', 'mastered'] as const).map(meterFill),
    ).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('levelCounts', () => {
  test('counts the objectives at each level', () => {
    const progress = answerAll(emptyProgress('seed'), questionsOf('gamma'), 'first-try', START);
    expect(levelCounts(masteryByChapter(chapters, progress))).toEqual({
      'not-started': 5,
      attempted: 0,
      familiar: 0,
      proficient: 1,
      mastered: 0,
    });
  });
});
