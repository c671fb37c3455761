/**
 * The localStorage key of a learner's progress. Its own module so that code which only asks
 * "is anything saved?" (src/scripts/chapter-progress.ts) need not load the progress store.
 */
export const PROGRESS_KEY = 'fine-tuning-course:progress';

/**
 * The event the progress store fires on `window` after every change made in this page, so the
 * sidebar's marks can wait for a learner's first answer before loading the code that follows
 * progress (src/scripts/chapter-progress.ts).
 */
export const PROGRESS_CHANGED = 'fine-tuning-course:progress-changed';
