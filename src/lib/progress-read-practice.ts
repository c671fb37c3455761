/**
 * Reads the practice part of stored progress (progress-read.ts reads the rest): the run in
 * progress, with a "Practice for me" set's plan, and the scores of finished runs. Like the rest
 * of the reader it never throws, and keeps whatever still makes sense.
 */
import type { PracticeRun, PracticeScore, RunPlan } from './progress';
import { isNumber, isRecord } from './read-guards';

/** The practice run in progress, or null when there is none to keep. */
export function readPracticeRun(value: unknown): PracticeRun | null {
  if (!isRecord(value) || !isNumber(value.startedAt) || !Array.isArray(value.ids)) return null;
  const filter = ['all', 'missed', 'unanswered', 'for-me'].includes(String(value.filter))
    ? (value.filter as PracticeRun['filter'])
    : 'all';
  const ids = value.ids.filter((id): id is string => typeof id === 'string');
  const run = { startedAt: value.startedAt, filter, ids };
  return filter === 'for-me' ? { ...run, plan: readPlan(value.plan, ids) } : run;
}

/** A set's plan, salvaged: a question whose reason is lost is still asked, without one. */
function readPlan(value: unknown, ids: readonly string[]): RunPlan {
  const plan = isRecord(value) ? value : {};
  const reasons = isRecord(plan.reasons) ? plan.reasons : {};
  return {
    seed: typeof plan.seed === 'string' ? plan.seed : '',
    reasons: Object.fromEntries(
      ids.flatMap((id) => {
        const reason = Object.hasOwn(reasons, id) ? reasons[id] : undefined;
        return typeof reason === 'string' ? [[id, reason]] : [];
      }),
    ),
  };
}

/** A finished run's score, or undefined when it cannot be read (the reader then reports a loss). */
export function readPracticeScore(value: unknown): PracticeScore | undefined {
  if (!isRecord(value)) return undefined;
  const keys = ['startedAt', 'endedAt', 'asked', 'answered', 'firstTry', 'afterRetry'] as const;
  if (!keys.every((key) => isNumber(value[key]))) return undefined;
  const score = Object.fromEntries(
    keys.map((key) => [key, value[key]]),
  ) as unknown as PracticeScore;
  return value.planned === true ? { ...score, planned: true } : score;
}
