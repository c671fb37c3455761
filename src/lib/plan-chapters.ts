/**
 * The course as adaptive practice sees it (mastery.ts, practice-plan.ts, weak-cards.ts): each
 * chapter's objectives, and the objective each published question and card names. Built from
 * validated frontmatter, in reading order (src/course/catalog.ts has the entries), so that the
 * planner needs no HTML and pages can pass it to an island as plain data.
 */
import type { Chapter } from '../schemas/chapter';

export interface PlanChapter {
  id: string;
  title: string;
  /** 1-based position in reading order, as in "Chapter 4" (src/course/route-data.ts agrees). */
  number: number;
  objectives: readonly { id: string; text: string }[];
  /** Published questions in authored order. */
  questions: readonly { id: string; objective?: string | undefined }[];
  /** Published cards in authored order. */
  cards: readonly { id: string; objective?: string | undefined }[];
}

/** Where the build writes the plan (src/course/course-plan-route.ts), before the base path. */
export const COURSE_PLAN_PATH = '/course-plan.json';

/** What /course-plan.json serves (src/course/course-plan-route.ts). */
export interface CoursePlan {
  chapters: PlanChapter[];
}

/**
 * An objective's course-wide key, e.g. "workflow/lora-and-qlora#explain-lora": objective ids are
 * unique only within their chapter.
 */
export function objectiveKey(chapterId: string, objectiveId: string): string {
  return `${chapterId}#${objectiveId}`;
}

/** The key of the objective an item checks, or undefined when it names none. */
export function keyOf(chapterId: string, objectiveId: string | undefined): string | undefined {
  return objectiveId === undefined ? undefined : objectiveKey(chapterId, objectiveId);
}

/**
 * The planner's view of chapters already in reading order, drafts left out. Every chapter of the
 * course has objectives (the build checks that each question and card names one); in a chapter
 * without them, items have no objective and count only as new material.
 */
export function planChapters(
  entries: readonly { id: string; data: Chapter & { title: string } }[],
): PlanChapter[] {
  const published = <T extends { id: string; objective?: string | undefined; draft: boolean }>(
    items: readonly T[] | undefined,
  ) => (items ?? []).filter((item) => !item.draft).map(({ id, objective }) => ({ id, objective }));
  return entries.map(({ id, data }, index) => ({
    id,
    title: data.title,
    number: index + 1,
    objectives: (data.objectives ?? []).map((objective) => ({ ...objective })),
    questions: published(data.quiz),
    cards: published(data.flashcards),
  }));
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isItem = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  isText((value as { id?: unknown }).id) &&
  ((value as { objective?: unknown }).objective === undefined ||
    isText((value as { objective?: unknown }).objective));

/**
 * The plan fetched from /course-plan.json, or null when it is not one (a stale or broken file):
 * the page then says practice cannot be planned, instead of planning from half a course.
 */
export function readCoursePlan(data: unknown): PlanChapter[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const { chapters } = data as Partial<CoursePlan>;
  if (!Array.isArray(chapters)) return null;
  const valid = chapters.every(
    (chapter: unknown) =>
      typeof chapter === 'object' &&
      chapter !== null &&
      isText((chapter as PlanChapter).id) &&
      isText((chapter as PlanChapter).title) &&
      typeof (chapter as PlanChapter).number === 'number' &&
      Array.isArray((chapter as PlanChapter).objectives) &&
      (chapter as PlanChapter).objectives.every(
        (objective: unknown) => isItem(objective) && isText((objective as { text?: unknown }).text),
      ) &&
      Array.isArray((chapter as PlanChapter).questions) &&
      (chapter as PlanChapter).questions.every(isItem) &&
      Array.isArray((chapter as PlanChapter).cards) &&
      (chapter as PlanChapter).cards.every(isItem),
  );
  return valid ? chapters : null;
}
