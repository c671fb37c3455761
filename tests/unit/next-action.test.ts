import { describe, expect, test } from 'vitest';
import { addTry } from '../../src/lib/attempts';
import type { IndexedChapter } from '../../src/lib/chapter-status';
import { nextAction } from '../../src/lib/next-action';
import { emptyProgress, saveAttempt } from '../../src/lib/progress';

const chapter = (id: string, questions: string[]): IndexedChapter => ({
  id,
  title: id,
  href: `/${id}/`,
  questions,
  cards: [],
});
const course = [chapter('a', ['a1']), chapter('b', ['b1'])];
const right =
  (id: string, at: number) =>
  (progress = emptyProgress('s')) =>
    saveAttempt(progress, id, addTry(undefined, { at, picked: [0], correct: true }));

describe('nextAction', () => {
  test('returns start with chapter 1 for a learner with nothing saved', () => {
    expect(nextAction(emptyProgress('s'), course, { due: 3, missed: 0 })).toEqual({
      kind: 'start',
      chapter: course[0],
    });
  });

  test('returns due cards first, then missed questions', () => {
    const progress = right('a1', 1)();
    expect(nextAction(progress, course, { due: 2, missed: 1 })).toEqual({ kind: 'review', due: 2 });
    expect(nextAction(progress, course, { due: 0, missed: 1 })).toEqual({
      kind: 'retry',
      missed: 1,
    });
  });

  test('returns the chapter to continue, and the practice test once every chapter is done', () => {
    const progress = right('a1', 1)();
    expect(nextAction(progress, course, { due: 0, missed: 0 })).toEqual({
      kind: 'continue',
      chapter: course[1],
    });
    expect(nextAction(right('b1', 2)(progress), course, { due: 0, missed: 0 })).toEqual({
      kind: 'practice',
    });
  });

  test('returns an earlier unfinished chapter when everything after the recent one is done', () => {
    const progress = right('b1', 5)();
    expect(nextAction(progress, course, { due: 0, missed: 0 })).toEqual({
      kind: 'continue',
      chapter: course[0],
    });
  });
});
