/**
 * "Practice for me" as a practice run: the set the planner picks (practice-plan.ts) becomes the
 * current run of /practice/, with the seed it was planned with and why each question is in it
 * (saved in words as of the set's start, so a reload next week still says why it was picked
 * then). Answers are saved as attempts like any run's, so they feed scheduling and mastery.
 *
 * This module imports the planner and, through question-schedule.ts, ts-fsrs: the island loads
 * it on the first press of "Practice for me", never with the page (PracticeIsland.tsx).
 */
import { keyOf, type PlanChapter } from './plan-chapters';
import { buildPracticeSet } from './practice-plan';
import { formatChange, formatNextDue, formatReason, whatMoved } from './practice-plan-text';
import type { PracticeRun, Progress } from './progress';

/** The planner's seed for a set started at `at`: the learner's seed and the start time. */
export function planSeed(progress: Progress, at: number): string {
  return `${progress.seed}:${at}`;
}

/**
 * Plans a set started at `at`, as a run for practice.ts replaceRun; null when there is nothing
 * to plan (nothing due, nothing weak, nothing new), so the caller can offer the full test.
 */
export function planRun(
  chapters: readonly PlanChapter[],
  progress: Progress,
  at: number,
): PracticeRun | null {
  const seed = planSeed(progress, at);
  const picks = buildPracticeSet(chapters, progress, { now: at, seed });
  if (picks.length === 0) return null;
  return {
    startedAt: at,
    filter: 'for-me',
    ids: picks.map(({ id }) => id),
    plan: {
      seed,
      reasons: Object.fromEntries(picks.map(({ id, reason }) => [id, formatReason(reason, at)])),
    },
  };
}

export interface RunOutcome {
  /** "Estimate GPU memory: up from Attempted to Familiar", one per objective that moved. */
  changes: string[];
  /** "The next questions are due in 2 days." */
  nextDue: string;
}

/** What a finished set moved, in words: mastery changes of its objectives, and the next due date. */
export function plannedRunOutcome(
  chapters: readonly PlanChapter[],
  progress: Progress,
  run: PracticeRun,
  now: number,
): RunOutcome {
  const objectiveOf = new Map(
    chapters.flatMap((chapter) =>
      chapter.questions.map(({ id, objective }) => [id, keyOf(chapter.id, objective)] as const),
    ),
  );
  const objectiveKeys = run.ids.flatMap((id) => objectiveOf.get(id) ?? []);
  const { changes, nextDue } = whatMoved(chapters, progress, {
    startedAt: run.startedAt,
    objectiveKeys,
  });
  return { changes: changes.map(formatChange), nextDue: formatNextDue(nextDue, now) };
}
