/**
 * A question's finished attempts as time-stamped outcomes, oldest first: what its schedule
 * (question-schedule.ts) and its objective's mastery (mastery.ts) are computed from. Free of
 * ts-fsrs, so pages can show mastery without loading the scheduler.
 */
import type { Attempt, Outcome } from './attempts';
import type { Progress } from './progress';

/** A finished attempt with the moment it ended. */
export interface Result {
  outcome: Outcome;
  at: number;
}

/** When an attempt ended: its last Check, or its start when the answer was shown untried. */
export function endedAt(attempt: Attempt): number {
  return Math.max(attempt.startedAt, ...attempt.tries.map((attempted) => attempted.at));
}

/**
 * The finished attempts at a question, oldest first. Open attempts (after a reset, or a
 * practice run not answered yet) are left out: they say nothing about what the learner knows.
 */
export function resultsOf(progress: Progress, id: string): Result[] {
  const attempts = Object.hasOwn(progress.questions, id)
    ? (progress.questions[id]?.attempts ?? [])
    : [];
  return attempts
    .flatMap((attempt) =>
      attempt.outcome ? [{ outcome: attempt.outcome, at: endedAt(attempt) }] : [],
    )
    .sort((a, b) => a.at - b.at);
}
