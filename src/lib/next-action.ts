/**
 * The one thing the progress page suggests doing next, in the order spaced practice favours:
 * cards due now (a due card's interval is what makes it stick), then questions not right the
 * first time (the practice test can narrow to them), then the chapter to continue, and once
 * everything is done, the practice test across the whole course.
 */
import { chapterState, continueWith, type IndexedChapter } from './chapter-status';
import type { Progress } from './progress';

export type NextAction =
  | { kind: 'start'; chapter: IndexedChapter }
  | { kind: 'review'; due: number }
  | { kind: 'retry'; missed: number }
  | { kind: 'continue'; chapter: IndexedChapter }
  | { kind: 'practice' };

export interface ActionCounts {
  /** Cards due now, across the course. */
  due: number;
  /** Questions whose latest attempt was not right the first time. */
  missed: number;
}

export function nextAction(
  progress: Progress,
  chapters: readonly IndexedChapter[],
  { due, missed }: ActionCounts,
): NextAction {
  const started =
    Object.keys(progress.questions).length > 0 || Object.keys(progress.cards).length > 0;
  if (!started && chapters[0]) return { kind: 'start', chapter: chapters[0] };
  if (due > 0) return { kind: 'review', due };
  if (missed > 0) return { kind: 'retry', missed };
  const chapter =
    continueWith(progress, chapters) ??
    chapters.find((each) => chapterState(progress, each) !== 'done');
  return chapter ? { kind: 'continue', chapter } : { kind: 'practice' };
}
