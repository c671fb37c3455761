import { describe, expect, test } from 'vitest';
import type { Outcome } from '../../src/lib/attempts';
import {
  courseMastery,
  MASTERY_RULE,
  masteryLevel,
  spacedStreak,
  weakestObjectives,
} from '../../src/lib/mastery';
import { emptyProgress } from '../../src/lib/progress';
import { resultsOf, type Result } from '../../src/lib/results';
import { answerAll, COURSE, DAY, questionsOf, START } from '../support/plan';

/** Results one per day, starting at START. */
const daily = (...outcomes: Outcome[]): Result[] =>
  outcomes.map((outcome, index) => ({ outcome, at: START + index * DAY }));
const right = daily('first-try');
const twoDays = daily('first-try', 'first-try');

describe('spacedStreak', () => {
  test('counts right-first-time results on different days since the last miss', () => {
    expect(spacedStreak(daily('first-try', 'first-try', 'first-try'))).toBe(3);
    expect(spacedStreak(daily('first-try', 'wrong', 'first-try'))).toBe(1);
    expect(spacedStreak(daily('first-try', 'after-retry'))).toBe(0);
  });

  test('counts answers on the same day once', () => {
    const sameDay: Result[] = [
      { outcome: 'first-try', at: START },
      { outcome: 'first-try', at: START + 60_000 },
    ];
    expect(spacedStreak(sameDay)).toBe(1);
  });
});

describe('masteryLevel', () => {
  test('returns Not started with no finished attempt, then Attempted or, from half the answered questions right now, Familiar', () => {
    expect(masteryLevel([[], []])).toBe('not-started');
    expect(masteryLevel([daily('wrong'), [], []])).toBe('attempted');
    expect(masteryLevel([right, daily('wrong'), daily('revealed')])).toBe('attempted');
    expect(masteryLevel([right, daily('wrong'), [], []])).toBe('familiar');
  });

  test('returns Proficient when every question was last right the first time', () => {
    expect(masteryLevel([right, daily('wrong', 'first-try')])).toBe('proficient');
    expect(masteryLevel([right, []])).toBe('familiar');
  });

  test('returns Mastered only when every question was right on two different days with no miss since', () => {
    expect(masteryLevel([twoDays, twoDays])).toBe('mastered');
    expect(masteryLevel([twoDays, right])).toBe('proficient');
    expect(masteryLevel([twoDays, daily('first-try', 'first-try', 'wrong')])).toBe('familiar');
  });

  test('does not count a right answer after a hint or with the answer shown', () => {
    expect(masteryLevel([daily('after-retry'), daily('revealed')])).toBe('attempted');
  });
});

describe('MASTERY_RULE', () => {
  test('explains the rule in one sentence naming the levels', () => {
    expect(MASTERY_RULE.match(/[.!?](\s|$)/g)).toHaveLength(1);
    for (const level of ['Familiar', 'Proficient', 'Mastered'])
      expect(MASTERY_RULE).toContain(level);
  });
});

describe('courseMastery', () => {
  test('returns every objective in course order, keyed by chapter and objective id', () => {
    let progress = answerAll(emptyProgress('seed'), questionsOf('beta'), 'first-try', START);
    progress = answerAll(progress, questionsOf('gamma').slice(0, 1), 'wrong', START);
    const mastery = courseMastery(COURSE, (id) => resultsOf(progress, id));
    expect(mastery.map(({ key, level }) => `${key} ${level}`)).toEqual([
      'part/one#alpha not-started',
      'part/one#beta proficient',
      'part/two#gamma attempted',
      'part/two#delta not-started',
      'part/three#epsilon not-started',
      'part/three#zeta not-started',
    ]);
    expect(mastery[1]).toMatchObject({ questions: 3, rightNow: 3, answered: 3, text: 'Do beta' });
  });
});

describe('weakestObjectives', () => {
  test('returns objectives with a question last missed, weakest first, then by share right', () => {
    let progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'first-try', START);
    progress = answerAll(
      progress,
      ['beta-1', 'beta-2', 'gamma-1', 'epsilon-1'],
      'first-try',
      START,
    );
    progress = answerAll(progress, ['beta-3', 'gamma-2', ...questionsOf('delta')], 'wrong', START);
    const weakest = weakestObjectives(courseMastery(COURSE, (id) => resultsOf(progress, id)));
    expect(weakest.map(({ key, level }) => `${key} ${level}`)).toEqual([
      'part/two#delta attempted',
      'part/two#gamma familiar',
      'part/one#beta familiar',
    ]);
  });
});
