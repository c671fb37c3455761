/**
 * The words of "Practice for me": why each question was picked ("missed 3 days ago", "new:
 * Chapter 4"), and what moved once the set is done (mastery changes and the next due date).
 * The planner (practice-plan.ts) keeps reasons as data; the words are made here only.
 */
import { courseMastery, MASTERY_LABELS, MASTERY_LEVELS, type MasteryLevel } from './mastery';
import type { PlanChapter } from './plan-chapters';
import type { PickReason } from './practice-plan';
import type { Progress } from './progress';
import { nextQuestionDue, questionSchedules } from './question-schedule';
import { resultsOf, type Result } from './results';
import { describeWait } from './review-queue';

/** Whole local calendar days from `at` to `now` (0: the same day). */
export function daysBetween(at: number, now: number): number {
  const midnight = (time: number) => {
    const date = new Date(time);
    return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  };
  return Math.round((midnight(now) - midnight(at)) / 86_400_000);
}

/** "today", "yesterday" or "3 days ago". */
export function whenText(at: number, now: number): string {
  const days = daysBetween(at, now);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

function lastText({ outcome, at }: Result, now: number): string {
  if (outcome === 'first-try') return `right ${whenText(at, now)}`;
  if (outcome === 'after-retry') return `needed a hint ${whenText(at, now)}`;
  return `missed ${whenText(at, now)}`;
}

/** Why a question is in the set, for learners: "missed 3 days ago", "new: Chapter 4". */
export function formatReason(reason: PickReason, now: number): string {
  switch (reason.kind) {
    case 'due':
      return reason.last.outcome === 'first-try'
        ? `due again: ${lastText(reason.last, now)}`
        : lastText(reason.last, now);
    case 'weak':
      return reason.last
        ? `${lastText(reason.last, now)}, weak objective`
        : 'new, for a weak objective';
    case 'new':
      return `new: Chapter ${reason.chapterNumber}`;
  }
}

export interface MasteryChange {
  key: string;
  text: string;
  before: MasteryLevel;
  after: MasteryLevel;
  direction: 'up' | 'down';
}

export interface SetOutcome {
  /** Objectives of the set's questions whose level changed, in course order. */
  changes: MasteryChange[];
  /** When the first question of the course falls due after the set; undefined: none scheduled. */
  nextDue: number | undefined;
}

/**
 * What a finished set moved: mastery of the set's objectives before it started (the results
 * that ended earlier) and now, so no copy of the old progress needs keeping.
 */
export function whatMoved(
  chapters: readonly PlanChapter[],
  progress: Progress,
  { startedAt, objectiveKeys }: { startedAt: number; objectiveKeys: readonly string[] },
): SetOutcome {
  const touched = new Set(objectiveKeys);
  const earlier = (id: string) => resultsOf(progress, id).filter(({ at }) => at < startedAt);
  const levels = courseMastery(chapters, earlier);
  const changes = courseMastery(chapters, (id) => resultsOf(progress, id)).flatMap(
    ({ key, text, level }, index): MasteryChange[] => {
      const previous = levels[index]?.level ?? 'not-started';
      if (!touched.has(key) || previous === level) return [];
      const up = MASTERY_LEVELS.indexOf(level) > MASTERY_LEVELS.indexOf(previous);
      return [{ key, text, before: previous, after: level, direction: up ? 'up' : 'down' }];
    },
  );
  const ids = chapters.flatMap((chapter) => chapter.questions.map(({ id }) => id));
  return { changes, nextDue: nextQuestionDue(ids, questionSchedules(progress, ids)) };
}

/** "Estimate GPU memory: up from Attempted to Familiar". */
export function formatChange({ text, before, after, direction }: MasteryChange): string {
  return `${text}: ${direction} from ${MASTERY_LABELS[before]} to ${MASTERY_LABELS[after]}`;
}

/** The next due date in words. */
export function formatNextDue(nextDue: number | undefined, now: number): string {
  if (nextDue === undefined) return 'No question is scheduled yet.';
  if (nextDue <= now) return 'More questions are due now.';
  return `The next questions are due ${describeWait(nextDue - now)}.`;
}
