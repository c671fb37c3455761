import { describe, expect, test } from 'vitest';
import {
  daysBetween,
  formatChange,
  formatNextDue,
  formatReason,
  whatMoved,
  whenText,
} from '../../src/lib/practice-plan-text';
import { emptyProgress } from '../../src/lib/progress';
import { answerAll, COURSE, DAY, questionsOf, START } from '../support/plan';

const now = START + 3 * DAY;

describe('whenText', () => {
  test('returns today, yesterday or a number of calendar days ago', () => {
    expect(whenText(now - 60_000, now)).toBe('today');
    expect(whenText(now - DAY, now)).toBe('yesterday');
    expect(whenText(now - 3 * DAY, now)).toBe('3 days ago');
    expect(daysBetween(now - 3 * DAY + 60_000, now)).toBe(3);
  });
});

describe('formatReason', () => {
  test('says when a due question was missed, needed a hint or was last right', () => {
    const due = (outcome: 'wrong' | 'after-retry' | 'first-try') =>
      formatReason({ kind: 'due', last: { outcome, at: now - 3 * DAY } }, now);
    expect(due('wrong')).toBe('missed 3 days ago');
    expect(due('after-retry')).toBe('needed a hint 3 days ago');
    expect(due('first-try')).toBe('due again: right 3 days ago');
  });

  test('says a question is for a weak objective, or new in its chapter', () => {
    const weak = { kind: 'weak', level: 'attempted', objective: 'Do beta' } as const;
    expect(formatReason({ ...weak, last: { outcome: 'revealed', at: now } }, now)).toBe(
      'missed today, weak objective',
    );
    expect(formatReason({ ...weak, last: undefined }, now)).toBe('new, for a weak objective');
    expect(formatReason({ kind: 'new', chapterNumber: 4, chapterTitle: 'LoRA' }, now)).toBe(
      'new: Chapter 4',
    );
  });
});

describe('whatMoved', () => {
  test('returns the level changes of the set’s objectives and when the next question is due', () => {
    const before = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'wrong', START);
    let after = answerAll(before, questionsOf('alpha'), 'first-try', now);
    after = answerAll(after, questionsOf('gamma'), 'wrong', now);
    const moved = whatMoved(COURSE, after, { startedAt: now, objectiveKeys: ['part/one#alpha'] });
    expect(moved.changes).toEqual([
      {
        key: 'part/one#alpha',
        text: 'Do alpha',
        before: 'attempted',
        after: 'proficient',
        direction: 'up',
      },
    ]);
    expect(moved.nextDue).toBe(now + DAY);
    expect(formatChange(moved.changes[0]!)).toBe('Do alpha: up from Attempted to Proficient');
  });

  test('reports a level going down, and nothing scheduled before any answer', () => {
    const before = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'first-try', START);
    const after = answerAll(before, ['alpha-1'], 'wrong', now);
    const keys = ['part/one#alpha'];
    expect(
      whatMoved(COURSE, after, { startedAt: now, objectiveKeys: keys }).changes[0],
    ).toMatchObject({
      before: 'proficient',
      after: 'familiar',
      direction: 'down',
    });
    const none = emptyProgress('seed');
    expect(whatMoved(COURSE, none, { startedAt: now, objectiveKeys: [] }).nextDue).toBeUndefined();
  });
});

describe('formatNextDue', () => {
  test('says when the next questions are due', () => {
    expect(formatNextDue(undefined, now)).toBe('No question is scheduled yet.');
    expect(formatNextDue(now - 1, now)).toBe('More questions are due now.');
    expect(formatNextDue(now + 2 * DAY, now)).toBe('The next questions are due in 2 days.');
  });
});
