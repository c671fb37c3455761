/**
 * Spaced repetition for questions: FSRS (through scheduling.ts, the same ts-fsrs as the cards)
 * replayed over the attempts a learner has finished. Nothing new is stored: a question's schedule
 * is a function of its attempts, so it cannot drift from them, survives a progress file moving
 * between browsers, and changes when the scoring rules do.
 *
 * How an attempt grades the question (attempts.ts has the outcomes):
 *
 *   first-try    Good    recalled, but a multiple-choice pick may be a guess (1 in 4), and FSRS's
 *                        Easy means "effortless": it would send the question away for 8 days,
 *                        then about 2 months. Good brings it back after 3 days, then 2 weeks.
 *   after-retry  Hard    right only after the hint: back in 2 days.
 *   revealed     Again   not recalled: back the next day.
 *   wrong        Again
 *
 * An attempt counts when it ends (its last Check), and attempts replay in that order
 * (results.ts).
 */
import type { Outcome } from './attempts';
import type { GradeName } from './grades';
import type { Progress, StoredCard } from './progress';
import { resultsOf, type Result } from './results';
import { gradeQuestion } from './scheduling';

export const OUTCOME_GRADES: Readonly<Record<Outcome, GradeName>> = {
  'first-try': 'good',
  'after-retry': 'hard',
  revealed: 'again',
  wrong: 'again',
};

/** The question's FSRS state after its finished attempts, or undefined if it has none. */
export function questionSchedule(results: readonly Result[]): StoredCard | undefined {
  return results.reduce<StoredCard | undefined>(
    (card, { outcome, at }) => gradeQuestion(card, OUTCOME_GRADES[outcome], at),
    undefined,
  );
}

/** Each question's schedule, keyed by id; questions never finished are left out. */
export function questionSchedules(
  progress: Progress,
  ids: readonly string[],
): Record<string, StoredCard> {
  return Object.fromEntries(
    ids.flatMap((id) => {
      const schedule = questionSchedule(resultsOf(progress, id));
      return schedule ? [[id, schedule] as const] : [];
    }),
  );
}

/** The questions due at `now`, most overdue first (ties keep the order of `ids`). */
export function dueQuestions(
  ids: readonly string[],
  schedules: Readonly<Record<string, StoredCard | undefined>>,
  now: number,
): string[] {
  return ids
    .filter((id) => (schedules[id]?.due ?? Infinity) <= now)
    .sort((a, b) => (schedules[a]?.due ?? 0) - (schedules[b]?.due ?? 0));
}

/** When the first of these questions falls due (possibly already past), or undefined. */
export function nextQuestionDue(
  ids: readonly string[],
  schedules: Readonly<Record<string, StoredCard | undefined>>,
): number | undefined {
  const times = ids.flatMap((id) => (schedules[id] ? [schedules[id].due] : []));
  return times.length > 0 ? Math.min(...times) : undefined;
}
