/**
 * Mastery per learning objective, in Khan Academy's levels (Attempted, Familiar, Proficient,
 * Mastered), computed from the questions that check the objective (each question names one:
 * src/schemas/question.ts). Free of ts-fsrs, so /progress/ can show levels without the scheduler.
 *
 * The rule. Only first-time results count: right after a hint, or with the answer shown, is
 * not knowing it. For each question of the objective, take its finished attempts in order:
 *   - it is "right now" when its latest attempt was right the first time;
 *   - its "spaced streak" counts the attempts right the first time since its last miss (a
 *     hint, a shown answer or two wrong Checks), at most one per local calendar day, so that
 *     answering twice in one sitting does not count as remembering.
 * Then the objective is
 *   - Not started  when none of its questions has a finished attempt;
 *   - Mastered     when every question has a spaced streak of 2 or more;
 *   - Proficient   when every question is right now;
 *   - Familiar     when at least half of the questions answered so far are right now;
 *   - Attempted    otherwise.
 * A miss lowers the level again at once, as Khan Academy's unit tests do. Questions never
 * answered keep an objective from Proficient but do not make it weak: they are not evidence.
 */
import { objectiveKey, type PlanChapter } from './plan-chapters';
import type { Result } from './results';
import { localDay } from './review-queue';

export const MASTERY_LEVELS = [
  'not-started',
  'attempted',
  'familiar',
  'proficient',
  'mastered',
] as const;
export type MasteryLevel = (typeof MASTERY_LEVELS)[number];

export const MASTERY_LABELS: Readonly<Record<MasteryLevel, string>> = {
  'not-started': 'Not started',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

/** The rule above in one sentence, for learners (/progress/). */
export const MASTERY_RULE =
  'Only answers right the first time count: an objective is Familiar when at least half of the questions you answered were last right the first time, Proficient when all of its questions were, and Mastered when each was right the first time on two different days with no miss since.';

/** Spaced first-time successes needed on every question for Mastered. */
export const MASTERED_STREAK = 2;

/** Spaced first-time successes since the last miss (see the rule above). */
export function spacedStreak(results: readonly Result[]): number {
  let streak = 0;
  let lastDay: string | undefined;
  for (const { outcome, at } of results) {
    if (outcome !== 'first-try') {
      streak = 0;
      lastDay = undefined;
      continue;
    }
    const day = localDay(at);
    if (day === lastDay) continue;
    streak += 1;
    lastDay = day;
  }
  return streak;
}

export interface ObjectiveMastery {
  key: string;
  chapterId: string;
  text: string;
  level: MasteryLevel;
  /** Questions that check the objective. */
  questions: number;
  /** Of those, how many were last answered right the first time. */
  rightNow: number;
  /** Of those, how many have a finished attempt. */
  answered: number;
}

/** The level of one objective from the results of its questions (one list per question). */
export function masteryLevel(results: readonly (readonly Result[])[]): MasteryLevel {
  const answered = results.filter((list) => list.length > 0);
  if (answered.length === 0) return 'not-started';
  if (results.every((list) => spacedStreak(list) >= MASTERED_STREAK)) return 'mastered';
  const rightNow = answered.filter((list) => list.at(-1)?.outcome === 'first-try').length;
  if (rightNow === results.length) return 'proficient';
  return rightNow * 2 >= answered.length ? 'familiar' : 'attempted';
}

/** Every objective of the course with its level, in course order. */
export function courseMastery(
  chapters: readonly Pick<PlanChapter, 'id' | 'objectives' | 'questions'>[],
  resultsOf: (questionId: string) => readonly Result[],
): ObjectiveMastery[] {
  return chapters.flatMap((chapter) =>
    chapter.objectives.map((objective) => {
      const results = chapter.questions
        .filter((question) => question.objective === objective.id)
        .map((question) => resultsOf(question.id));
      return {
        key: objectiveKey(chapter.id, objective.id),
        chapterId: chapter.id,
        text: objective.text,
        level: masteryLevel(results),
        questions: results.length,
        rightNow: results.filter((list) => list.at(-1)?.outcome === 'first-try').length,
        answered: results.filter((list) => list.length > 0).length,
      };
    }),
  );
}

const rank = (level: MasteryLevel) => MASTERY_LEVELS.indexOf(level);

/**
 * The objectives to work on, weakest first: those with a question last missed (so below
 * Proficient), ordered by level, then by the share of answered questions right now, then in
 * course order. Objectives with no miss are left out: unseen questions are new material, not
 * weak spots.
 */
export function weakestObjectives(mastery: readonly ObjectiveMastery[]): ObjectiveMastery[] {
  return mastery
    .filter(({ rightNow, answered }) => rightNow < answered)
    .map((objective, index) => ({ objective, index }))
    .sort(
      (a, b) =>
        rank(a.objective.level) - rank(b.objective.level) ||
        a.objective.rightNow / a.objective.answered - b.objective.rightNow / b.objective.answered ||
        a.index - b.index,
    )
    .map(({ objective }) => objective);
}
