import { State } from 'ts-fsrs';
import { describe, expect, test } from 'vitest';
import {
  cardState,
  countByState,
  FSRS_STATE,
  nextDueAt,
  recordsOf,
} from '../../src/lib/card-state';
import type { StoredCard } from '../../src/lib/progress';
import { gradeCard } from '../../src/lib/scheduling';
import { storedCard } from '../support/cards';

const MINUTE = 60_000;
const DAY = 86_400_000;
const now = new Date(2026, 10, 26, 12, 0, 0).getTime();

const withState = (state: StoredCard['state'], due: number): StoredCard => ({
  ...storedCard(due),
  state,
});

describe('FSRS_STATE', () => {
  test('matches the State enum of ts-fsrs', () => {
    expect(FSRS_STATE).toEqual({
      New: State.New,
      Learning: State.Learning,
      Review: State.Review,
      Relearning: State.Relearning,
    });
  });
});

describe('cardState', () => {
  test('returns new for a card never graded, or still in FSRS state New', () => {
    expect(cardState(undefined, now)).toBe('new');
    expect(cardState(withState(0, now - DAY), now)).toBe('new');
  });

  test('returns the FSRS state of a graded card whose due time is still ahead', () => {
    expect(cardState(withState(1, now + MINUTE), now)).toBe('learning');
    expect(cardState(withState(2, now + DAY), now)).toBe('review');
    expect(cardState(withState(3, now + MINUTE), now)).toBe('relearning');
  });

  test('returns due for any graded card whose due time has come', () => {
    for (const state of [1, 2, 3] as const) {
      expect(cardState(withState(state, now), now)).toBe('due');
    }
  });

  test('keeps a card graded only Again out of review: it is learning, then due', () => {
    const failed = gradeCard(gradeCard(undefined, 'again', now), 'again', now + MINUTE);
    expect(cardState(failed, now + MINUTE + 1)).toBe('learning');
    expect(cardState(failed, now + DAY)).toBe('due');
  });

  test('returns review once a card is recalled through its learning steps', () => {
    const easy = gradeCard(undefined, 'easy', now);
    expect(cardState(easy, now + 1)).toBe('review');
    const forgotten = gradeCard(easy, 'again', easy.due);
    expect(cardState(forgotten, easy.due + 1)).toBe('relearning');
  });
});

describe('countByState', () => {
  test('counts every record once, never-graded ones as new', () => {
    const records = [undefined, withState(1, now + MINUTE), withState(2, now - 1)];
    expect(countByState(records, now)).toEqual({
      new: 1,
      learning: 1,
      relearning: 0,
      review: 0,
      due: 1,
    });
  });
});

describe('recordsOf', () => {
  test('returns undefined for ids never graded, ignoring inherited keys', () => {
    const card = storedCard(now);
    expect(recordsOf(['a', 'toString'], { a: card })).toEqual([card, undefined]);
  });
});

describe('nextDueAt', () => {
  test('returns the earliest due time among graded cards, or undefined', () => {
    expect(nextDueAt(['a', 'b'], { a: storedCard(now + 2 * DAY), b: storedCard(now + DAY) })).toBe(
      now + DAY,
    );
    expect(nextDueAt(['a'], {})).toBeUndefined();
  });
});
