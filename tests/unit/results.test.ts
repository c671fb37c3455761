import { describe, expect, test } from 'vitest';
import { addTry, newAttempt, reveal } from '../../src/lib/attempts';
import { emptyProgress, saveAttempt } from '../../src/lib/progress';
import { endedAt, resultsOf } from '../../src/lib/results';
import { answer, DAY, START } from '../support/plan';

describe('endedAt', () => {
  test('returns the last Check, or the start of an attempt whose answer was shown untried', () => {
    const retried = addTry(addTry(undefined, { at: START, correct: false }), {
      at: START + 5000,
      correct: true,
    });
    expect(endedAt(retried)).toBe(START + 5000);
    expect(endedAt(reveal(undefined, START))).toBe(START);
  });
});

describe('resultsOf', () => {
  test('returns finished attempts oldest first, leaving out open ones', () => {
    let progress = answer(emptyProgress('seed'), 'q', 'wrong', START + DAY);
    progress = answer(progress, 'q', 'first-try', START + 2 * DAY);
    progress = saveAttempt(progress, 'q', newAttempt(START + 3 * DAY));
    expect(resultsOf(progress, 'q')).toEqual([
      { outcome: 'wrong', at: START + DAY },
      { outcome: 'first-try', at: START + 2 * DAY },
    ]);
  });

  test('returns nothing for a question never answered, even one named like a built-in', () => {
    expect(resultsOf(emptyProgress('seed'), 'q')).toEqual([]);
    expect(resultsOf(emptyProgress('seed'), 'toString')).toEqual([]);
  });
});
