/**
 * Mastery per objective (mastery.ts) as /progress/ shows it: grouped by chapter in reading order,
 * each objective with a meter step and the count behind its level in words. The page receives
 * the objectives with its chapters (src/components/ProgressReport.astro), so no plan is fetched.
 */
import { courseMastery, MASTERY_LEVELS, type MasteryLevel, type ObjectiveMastery } from './mastery';
import type { Progress } from './progress';
import type { ProgressChapter } from './progress-summary';
import { countOf } from './plural';
import { resultsOf } from './results';

export interface ChapterMastery {
  id: string;
  title: string;
  href: string;
  objectives: ObjectiveMastery[];
}

/** Steps of the meter drawn beside a level: none for Not started, four for Mastered. */
export const METER_STEPS = MASTERY_LEVELS.length - 1;

/** How many of the meter's steps a level fills (0 to METER_STEPS). */
export function meterFill(level: MasteryLevel): number {
  return MASTERY_LEVELS.indexOf(level);
}

/** Each chapter that has objectives, with every objective's level, in reading order. */
export function masteryByChapter(
  chapters: readonly ProgressChapter[],
  progress: Progress,
): ChapterMastery[] {
  const withObjectives = chapters.flatMap(({ id, title, href, objectives = [], questions }) =>
    objectives.length > 0 ? [{ id, title, href, objectives, questions }] : [],
  );
  const mastery = courseMastery(withObjectives, (id) => resultsOf(progress, id));
  return withObjectives.map(({ id, title, href }) => ({
    id,
    title,
    href,
    objectives: mastery.filter((objective) => objective.chapterId === id),
  }));
}

/** True once any objective has a finished attempt at one of its questions. */
export function anyStarted(chapters: readonly ChapterMastery[]): boolean {
  return chapters.some((chapter) => chapter.objectives.some(({ answered }) => answered > 0));
}

/** The count behind a level, e.g. "2 of 3 questions right the first time, 1 not answered". */
export function masteryCount({ questions, rightNow, answered }: ObjectiveMastery): string {
  const unanswered = questions - answered;
  const rest = unanswered > 0 && answered > 0 ? `, ${unanswered} not answered` : '';
  return `${rightNow} of ${countOf(questions, 'question', 'questions')} right the first time${rest}`;
}

/** How many objectives are at each level, e.g. for "3 Proficient, 1 Mastered". */
export function levelCounts(chapters: readonly ChapterMastery[]): Record<MasteryLevel, number> {
  const counts = Object.fromEntries(MASTERY_LEVELS.map((level) => [level, 0])) as Record<
    MasteryLevel,
    number
  >;
  for (const chapter of chapters) for (const { level } of chapter.objectives) counts[level] += 1;
  return counts;
}
