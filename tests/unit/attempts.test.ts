import { describe, expect, test } from 'vitest';
import {
  addTry,
  awaitingRetry,
  newAttempt,
  reveal,
  scoreLabel,
  tally,
  type Attempt,
} from '../../src/lib/attempts';

const wrong = (at: number) => ({ at, picked: [1], correct: false });
const right = (at: number) => ({ at, picked: [0], correct: true });

describe('addTry', () => {
  test('returns a first-try attempt for a right first Check', () => {
    expect(addTry(undefined, right(1))).toEqual({
      startedAt: 1,
      tries: [right(1)],
      outcome: 'first-try',
    });
  });

  test('returns an open attempt after a wrong first Check, with a retry to come', () => {
    const attempt = addTry(undefined, wrong(1));
    expect(attempt.outcome).toBeNull();
    expect(awaitingRetry(attempt)).toBe(true);
  });

  test('returns after-retry when the second Check is right', () => {
    expect(addTry(addTry(undefined, wrong(1)), right(2)).outcome).toBe('after-retry');
  });

  test('returns wrong when the second Check is wrong too', () => {
    expect(addTry(addTry(undefined, wrong(1)), wrong(2)).outcome).toBe('wrong');
  });

  test('returns a new attempt when the last one has ended, never changing its outcome', () => {
    const revealed = reveal(addTry(undefined, wrong(1)), 2);
    const next = addTry(revealed, right(3));
    expect(next.startedAt).toBe(3);
    expect(revealed.outcome).toBe('revealed');
  });

  test('continues a fresh empty attempt, as after a reset', () => {
    expect(addTry(newAttempt(5), right(6))).toEqual({
      startedAt: 5,
      tries: [right(6)],
      outcome: 'first-try',
    });
  });
});

describe('reveal', () => {
  test('returns revealed for an open attempt, so a shown answer never counts as right', () => {
    expect(reveal(addTry(undefined, wrong(1)), 2).outcome).toBe('revealed');
    expect(reveal(undefined, 2)).toEqual({ startedAt: 2, tries: [], outcome: 'revealed' });
  });
});

describe('tally and scoreLabel', () => {
  const attempts: Record<string, Attempt> = {
    a: addTry(undefined, right(1)),
    b: addTry(addTry(undefined, wrong(1)), right(2)),
    c: reveal(undefined, 1),
    d: addTry(addTry(undefined, wrong(1)), wrong(2)),
    e: addTry(undefined, wrong(1)),
  };
  const counts = tally(['a', 'b', 'c', 'd', 'e', 'f'], (id) => attempts[id]);

  test('returns first-time right answers apart from answers right after a hint', () => {
    expect(counts).toEqual({ total: 6, answered: 4, firstTry: 1, afterRetry: 1, missed: 2 });
  });

  test('returns "N of M right first time, K more after a hint"', () => {
    expect(scoreLabel(counts)).toBe('1 of 6 right first time, 1 more after a hint');
    expect(scoreLabel({ ...counts, afterRetry: 0 })).toBe('1 of 6 right first time');
  });
});
