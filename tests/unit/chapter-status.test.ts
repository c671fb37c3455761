import { describe, expect, test } from 'vitest';
import { addTry, reveal } from '../../src/lib/attempts';
import {
  cardsWaiting,
  chapterState,
  continueWith,
  nextChapter,
  type IndexedChapter,
} from '../../src/lib/chapter-status';
import { emptyProgress, saveAttempt, type Progress } from '../../src/lib/progress';
import { storedCard } from '../support/cards';

const chapter = (id: string, questions: string[], cards: string[] = []): IndexedChapter => ({
  id,
  title: id,
  href: `/${id}/`,
  questions,
  cards,
});

/** A first try that is right, or two wrong tries, which end the attempt. */
function answered(progress: Progress, id: string, at: number, right = true): Progress {
  const first = addTry(undefined, { at, picked: [0], correct: right });
  const attempt = right ? first : addTry(first, { at, picked: [1], correct: false });
  return saveAttempt(progress, id, attempt);
}

const ten = Array.from({ length: 10 }, (_, index) => `q${index}`);

describe('chapterState', () => {
  test('returns not-started for a learner who has done nothing there', () => {
    expect(chapterState(emptyProgress('s'), chapter('a', ten))).toBe('not-started');
  });

  test('returns in-progress after one wrong first try, before the attempt ends', () => {
    const progress = saveAttempt(
      emptyProgress('s'),
      'q0',
      addTry(undefined, { at: 5, picked: [1], correct: false }),
    );
    expect(chapterState(progress, chapter('a', ten))).toBe('in-progress');
  });

  test('returns done at 7 of 10 right first time with every question answered, not at 6', () => {
    let progress = emptyProgress('s');
    ten.forEach((id, index) => {
      progress = answered(progress, id, index + 1, index < 7);
    });
    expect(chapterState(progress, chapter('a', ten))).toBe('done');
    progress = answered(progress, 'q6', 20, false);
    expect(chapterState(progress, chapter('a', ten))).toBe('in-progress');
  });

  test('returns in-progress while a question is unanswered, however well the rest went', () => {
    let progress = emptyProgress('s');
    for (const id of ten.slice(1)) progress = answered(progress, id, 1);
    expect(chapterState(progress, chapter('a', ten))).toBe('in-progress');
  });

  test('counts a shown answer as answered but never as right', () => {
    let progress = emptyProgress('s');
    for (const id of ten) progress = saveAttempt(progress, id, reveal(undefined, 3));
    expect(chapterState(progress, chapter('a', ten))).toBe('in-progress');
  });

  test('returns done for a chapter without questions once every card is graded', () => {
    const progress = { ...emptyProgress('s'), cards: { x: storedCard(50) } };
    expect(chapterState(progress, chapter('a', [], ['x']))).toBe('done');
    expect(chapterState(progress, chapter('a', [], ['x', 'y']))).toBe('in-progress');
  });
});

describe('continueWith', () => {
  const course = [chapter('a', ['a1']), chapter('b', ['b1', 'b2']), chapter('c', ['c1'])];

  test('returns undefined for a new learner', () => {
    expect(continueWith(emptyProgress('s'), course)).toBeUndefined();
  });

  test('returns the chapter worked on most recently while it is unfinished', () => {
    let progress = answered(emptyProgress('s'), 'b1', 10);
    progress = answered(progress, 'a1', 5);
    expect(continueWith(progress, course)?.id).toBe('b');
  });

  test('returns the next unfinished chapter once the recent one is done', () => {
    let progress = answered(emptyProgress('s'), 'b1', 10);
    progress = answered(progress, 'b2', 11);
    expect(continueWith(progress, course)?.id).toBe('c');
  });

  test('returns undefined when everything from there on is done', () => {
    const progress = answered(emptyProgress('s'), 'c1', 10);
    expect(continueWith(progress, course)).toBeUndefined();
  });
});

describe('cardsWaiting and nextChapter', () => {
  test('returns due and never-studied cards', () => {
    const progress = { ...emptyProgress('s'), cards: { x: storedCard(50), y: storedCard(200) } };
    expect(cardsWaiting(progress, ['x', 'y', 'z'], 100)).toEqual({ due: 1, fresh: 1 });
  });

  test('returns the chapter after, or undefined after the last', () => {
    const course = [chapter('a', []), chapter('b', [])];
    expect(nextChapter(course, 'a')?.id).toBe('b');
    expect(nextChapter(course, 'b')).toBeUndefined();
  });
});
