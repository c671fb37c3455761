import { describe, expect, test } from 'vitest';
import { planRun, plannedRunOutcome, planSeed } from '../../src/lib/planned-run';
import { replaceRun } from '../../src/lib/practice';
import { emptyProgress } from '../../src/lib/progress';
import { parseProgress } from '../../src/lib/progress-read';
import { answer, answerAll, COURSE, DAY, questionsOf, START } from '../support/plan';

const everything = COURSE.flatMap((chapter) => chapter.questions.map(({ id }) => id));

describe('planRun', () => {
  test('returns a for-me run of the planned ids, with its seed and each reason in words', () => {
    const progress = answer(emptyProgress('seed'), 'alpha-1', 'wrong', START);
    const at = START + 3 * DAY;
    const run = planRun(COURSE, progress, at)!;
    expect(run.filter).toBe('for-me');
    expect(run.startedAt).toBe(at);
    expect(run.plan?.seed).toBe(planSeed(progress, at));
    expect(run.plan?.seed).toBe(`seed:${at}`);
    expect(run.ids[0]).toBe('alpha-1');
    expect(run.plan?.reasons['alpha-1']).toBe('missed 3 days ago');
    expect(new Set(run.ids).size).toBe(run.ids.length);
    expect(Object.keys(run.plan?.reasons ?? {}).sort()).toEqual([...run.ids].sort());
  });

  test('returns the same run for the same progress, time and seed', () => {
    const progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'wrong', START);
    expect(planRun(COURSE, progress, START + DAY)).toEqual(planRun(COURSE, progress, START + DAY));
  });

  test('returns null when nothing is due, weak or new', () => {
    const progress = answerAll(emptyProgress('seed'), everything, 'first-try', START);
    expect(planRun(COURSE, progress, START + 60_000)).toBeNull();
  });

  test('survives a save and a read, and archives the run it replaces', () => {
    const progress = answer(emptyProgress('seed'), 'alpha-1', 'wrong', START);
    const run = planRun(COURSE, progress, START + DAY)!;
    const saved = replaceRun(progress, run);
    expect(parseProgress(JSON.stringify(saved))).toEqual({
      progress: saved,
      intact: true,
      version: 3,
    });
  });
});

test('a set replaced by another run goes into the history marked as planned, and stays so', () => {
  const progress = answer(emptyProgress('seed'), 'alpha-1', 'wrong', START);
  const run = planRun(COURSE, progress, START + DAY)!;
  const answered = answer(replaceRun(progress, run), run.ids[0]!, 'first-try', START + DAY + 1);
  const next = replaceRun(answered, { startedAt: START + 2 * DAY, filter: 'all', ids: [] });
  expect(next.practice.history.at(-1)).toMatchObject({ asked: run.ids.length, planned: true });
  expect(parseProgress(JSON.stringify(next)).progress.practice.history).toEqual(
    next.practice.history,
  );
});

describe('plannedRunOutcome', () => {
  test('returns the set’s mastery changes and the next due date in words', () => {
    const before = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'wrong', START);
    const at = START + 3 * DAY;
    const run = planRun(COURSE, before, at)!;
    const after = answerAll(before, questionsOf('alpha'), 'first-try', at + 60_000);
    expect(plannedRunOutcome(COURSE, after, run, at + 120_000)).toEqual({
      changes: ['Do alpha: up from Attempted to Proficient'],
      nextDue: 'The next questions are due in 3 days.',
    });
  });
});
