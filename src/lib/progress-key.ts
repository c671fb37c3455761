/**
 * The localStorage key of a learner's progress. Its own module so that code which only asks
 * "is anything saved?" (src/scripts/chapter-progress.ts) need not load the progress store.
 */
export const PROGRESS_KEY = 'fine-tuning-course:progress';
