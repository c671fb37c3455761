/**
 * Where a learner stands in each chapter, for the sidebar, the landing page's Continue link and
 * the chapter-complete card. Pure: it reads a Progress (progress.ts) and the course index that
 * the build writes to /course-index.json (src/course/course-index.ts).
 *
 * - `not-started`: no question checked or shown, no card graded.
 * - `in-progress`: anything else short of done.
 * - `done`: every question's latest attempt has ended, and at least PASS_SHARE of them were right
 *   the first time — the same honest count the quiz's score uses. A chapter without questions is
 *   done once every card has been graded.
 */
import { tally, type Tally } from './attempts';
import { passes } from './chapter-pass';
import type { ChapterState } from './chapter-state';
import { latestAttempt, type Progress } from './progress';

// The parts the chapter-complete card needs live apart, so that the card, which loads late,
// does not pull the progress model into a file of its own (src/lib/chapter-pass.ts).
export { cardsWaiting, PASS_SHARE, passes } from './chapter-pass';

export type { ChapterState } from './chapter-state';

/** One chapter in the course index. */
export interface IndexedChapter {
  /** The content id, e.g. `workflow/lora-and-qlora`. */
  id: string;
  title: string;
  /** Site path with the base path. */
  href: string;
  /** Every question id in the chapter's `quiz`. */
  questions: string[];
  /** Every card id in the chapter's `flashcards`. */
  cards: string[];
}

/** The course's chapters in reading order, as /course-index.json serves them. */
export interface CourseIndex {
  chapters: IndexedChapter[];
}

export function chapterTally(progress: Progress, chapter: IndexedChapter): Tally {
  return tally(chapter.questions, (id) => latestAttempt(progress, id));
}

export function chapterState(progress: Progress, chapter: IndexedChapter): ChapterState {
  const score = chapterTally(progress, chapter);
  const graded = chapter.cards.filter((id) => progress.cards[id] !== undefined).length;
  const touched = graded > 0 || lastActivity(progress, chapter) > 0;
  if (score.total > 0 ? passes(score) : graded === chapter.cards.length && graded > 0) {
    return 'done';
  }
  return touched ? 'in-progress' : 'not-started';
}

/** When the learner last checked a question or graded a card in the chapter; 0 if never. */
export function lastActivity(progress: Progress, chapter: IndexedChapter): number {
  let latest = 0;
  for (const id of chapter.questions) {
    for (const attempt of progress.questions[id]?.attempts ?? []) {
      for (const attemptTry of attempt.tries) latest = Math.max(latest, attemptTry.at);
      if (attempt.outcome === 'revealed') latest = Math.max(latest, attempt.startedAt);
    }
  }
  for (const id of chapter.cards) latest = Math.max(latest, progress.cards[id]?.lastReview ?? 0);
  return latest;
}

/**
 * The chapter to continue with: the one worked on most recently, or, when that one is done, the
 * first chapter after it that is not. Undefined for a learner who has not started, and when
 * everything from there on is done.
 */
export function continueWith(
  progress: Progress,
  chapters: readonly IndexedChapter[],
): IndexedChapter | undefined {
  let recent = -1;
  let recentAt = 0;
  chapters.forEach((chapter, index) => {
    const at = lastActivity(progress, chapter);
    if (at > recentAt) [recent, recentAt] = [index, at];
  });
  if (recent < 0) return undefined;
  return chapters.slice(recent).find((chapter) => chapterState(progress, chapter) !== 'done');
}

/** The chapter after `id` in reading order, if any. */
export function nextChapter(
  chapters: readonly IndexedChapter[],
  id: string,
): IndexedChapter | undefined {
  const index = chapters.findIndex((chapter) => chapter.id === id);
  return index < 0 ? undefined : chapters[index + 1];
}
