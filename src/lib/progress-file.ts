/**
 * A learner's progress as a file they can keep: offered when progress is reset, so nothing
 * is deleted without a copy. The file is JSON:
 *
 *   { "format": "fine-tuning-course/progress", "exportedAt": 1764145200000, "progress": { … } }
 *
 * where `progress` has the stored shape documented in progress.ts (with its own `version`).
 */
import type { Progress } from './progress';

export const PROGRESS_FILE_FORMAT = 'fine-tuning-course/progress';

export interface ProgressFile {
  /** A file name with the date, e.g. `fine-tuning-course-progress-2026-11-26.json`. */
  name: string;
  text: string;
}

export function progressFile(progress: Progress, exportedAt: number): ProgressFile {
  return {
    name: `fine-tuning-course-progress-${new Date(exportedAt).toISOString().slice(0, 10)}.json`,
    text: `${JSON.stringify({ format: PROGRESS_FILE_FORMAT, exportedAt, progress }, null, 2)}\n`,
  };
}
