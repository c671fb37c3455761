/**
 * How a go at a self-check question unfolds, following the "interactive with multiple tries"
 * behaviour of Moodle and Open edX:
 *
 * - First Check right: done, "first-try".
 * - First Check wrong: the learner sees why their picks are wrong and the hint, not the answer,
 *   and has one more try.
 * - Second Check right: done, "after-retry". Wrong again: done, "wrong", and the answer shows.
 * - "Show answer" before that: done, "revealed".
 *
 * An attempt that is done stays done: seeing the answer and then picking it is not an answer.
 * A new attempt starts only when the learner resets the questions or comes back to them later
 * (the practice test, spaced repetition).
 */

/** One Check: the options picked (multiple choice) or the number given (numeric). */
export interface Try {
  at: number;
  /** Option indexes in authored order. */
  picked?: number[];
  value?: number;
  correct: boolean;
}

/** How an attempt ended. */
export type Outcome = 'first-try' | 'after-retry' | 'revealed' | 'wrong';

export interface Attempt {
  startedAt: number;
  tries: Try[];
  /** Null while the attempt is open: not tried yet, or one try left. */
  outcome: Outcome | null;
}

/** Checks per attempt: the first, and one more after the hint. */
export const MAX_TRIES = 2;

/** A fresh attempt, e.g. after "Reset these questions". */
export function newAttempt(at: number): Attempt {
  return { startedAt: at, tries: [], outcome: null };
}

/** Whether the learner has done anything in this attempt: checked an answer or shown it. */
export function isStarted(attempt: Attempt | undefined): attempt is Attempt {
  return attempt !== undefined && (attempt.outcome !== null || attempt.tries.length > 0);
}

/** Adds a Check to an open attempt (or starts one) and settles the outcome when it ends. */
export function addTry(attempt: Attempt | undefined, next: Try): Attempt {
  const current = attempt && attempt.outcome === null ? attempt : newAttempt(next.at);
  const tries = [...current.tries, next];
  let outcome: Outcome | null = null;
  if (next.correct) outcome = tries.length === 1 ? 'first-try' : 'after-retry';
  else if (tries.length >= MAX_TRIES) outcome = 'wrong';
  return { ...current, tries, outcome };
}

/** Ends an open attempt by showing the answer. */
export function reveal(attempt: Attempt | undefined, at: number): Attempt {
  const current = attempt && attempt.outcome === null ? attempt : newAttempt(at);
  return { ...current, outcome: 'revealed' };
}

/** Whether the learner is mid-attempt with a wrong first try: the hint shows. */
export function awaitingRetry(attempt: Attempt | undefined): boolean {
  return attempt !== undefined && attempt.outcome === null && attempt.tries.length > 0;
}

/** Right answers, counted honestly: only first tries score. */
export interface Tally {
  total: number;
  /** Questions whose latest attempt has ended. */
  answered: number;
  firstTry: number;
  afterRetry: number;
  /** Wrong twice, or answer shown. */
  missed: number;
}

/** Counts how the latest attempt at each question went. */
export function tally(ids: readonly string[], latest: (id: string) => Attempt | undefined): Tally {
  const counts: Tally = { total: ids.length, answered: 0, firstTry: 0, afterRetry: 0, missed: 0 };
  for (const id of ids) {
    const outcome = latest(id)?.outcome;
    if (!outcome) continue;
    counts.answered += 1;
    if (outcome === 'first-try') counts.firstTry += 1;
    else if (outcome === 'after-retry') counts.afterRetry += 1;
    else counts.missed += 1;
  }
  return counts;
}

/** "3 of 5 right first time, 1 more after a hint" (the second part only when there is one). */
export function scoreLabel({ total, firstTry, afterRetry }: Tally): string {
  const more = afterRetry > 0 ? `, ${afterRetry} more after a hint` : '';
  return `${firstTry} of ${total} right first time${more}`;
}
