/**
 * A chapter's state for one learner (worked out in chapter-status.ts), and the words that name
 * it. Its own module so the sidebar's marks (src/scripts/chapter-marks.ts) and /progress/
 * (ChapterProgressList) say the same words without loading the progress model.
 */
export type ChapterState = 'not-started' | 'in-progress' | 'done';

/** Each state in sentence case, as /progress/ shows it; the sidebar lowers the case. */
export const CHAPTER_STATE_LABELS: Readonly<Record<ChapterState, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};
