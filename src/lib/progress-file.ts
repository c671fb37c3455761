/**
 * A learner's progress as a file they can keep or carry to another browser. The file is JSON:
 *
 *   {
 *     "format": "fine-tuning-course/progress",
 *     "exportedAt": 1764145200000,
 *     "progress": { "version": 3, … }     // the stored shape, documented in progress.ts
 *   }
 *
 * Reading a file is strict where reading storage is forgiving: a damaged, foreign or
 * future-version file is refused with a message, and nothing changes.
 */
import { PROGRESS_VERSION, type Progress } from './progress';
import { readProgressData } from './progress-read';

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

export type ReadFile = { ok: true; progress: Progress } | { ok: false; message: string };

const NOT_OURS =
  'This is not a progress file from this course. Choose a file saved with “Download my progress”.';

const DAMAGED =
  'This progress file is damaged, so nothing was loaded. Download your progress again from the browser where it is saved.';

/** Reads a progress file; refuses anything it cannot read whole. */
export function readProgressFile(text: string): ReadFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A file of ours cut short or edited by hand still names its format near the start.
    return { ok: false, message: text.includes(PROGRESS_FILE_FORMAT) ? DAMAGED : NOT_OURS };
  }
  if (typeof data !== 'object' || data === null || !('format' in data)) {
    return { ok: false, message: NOT_OURS };
  }
  if (data.format !== PROGRESS_FILE_FORMAT || !('progress' in data)) {
    return { ok: false, message: NOT_OURS };
  }
  const version = (data.progress as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > PROGRESS_VERSION) {
    return {
      ok: false,
      message:
        'This progress file was saved by a newer version of the course. Reload this page to get the newest version, then load the file again.',
    };
  }
  const { progress, intact } = readProgressData(data.progress);
  if (!intact) {
    return { ok: false, message: DAMAGED };
  }
  return { ok: true, progress };
}
