/**
 * Where a learner's progress is saved, and whether anything is. Its own module, beside the
 * progress store (progress-store.ts), so that code which only asks "is anything saved?"
 * (src/scripts/chapter-progress.ts) need not load the store. With progress-store.ts, the only
 * code that touches localStorage.
 */
export const PROGRESS_KEY = 'fine-tuning-course:progress';

/** True when this browser holds saved progress; false when it holds none or storage is blocked. */
export function hasSavedProgress(): boolean {
  try {
    return localStorage.getItem(PROGRESS_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * The event the progress store fires on `window` after every change made in this page, so the
 * sidebar's marks can wait for a learner's first answer before loading the code that follows
 * progress (src/scripts/chapter-progress.ts).
 */
export const PROGRESS_CHANGED = 'fine-tuning-course:progress-changed';
