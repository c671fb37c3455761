/**
 * Writes planned chapter files safely, and formats the plan and summary tables.
 *
 * Safety, in order: every target is checked before anything is written, so a refusal leaves
 * the folder untouched; each file is first written in full to `<name>.tmp-<pid>` next to its
 * target, and only when all of them are on disk are they renamed into place (a rename within
 * one folder is atomic), so a crash or a full disk never leaves a half-written chapter.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { FileCounts, PlannedFile } from './draft-chapters.ts';
import { ImportError } from './import-error.ts';

export interface WriteOptions {
  /** Replace files that already exist. */
  force?: boolean;
  /** Check everything, write nothing. */
  dryRun?: boolean;
}

/** What happens to each file: created, overwritten (with force), or refused (exists). */
export type FileStatus = 'new' | 'overwrite' | 'exists';

export function fileStatuses(files: readonly PlannedFile[], force = false): FileStatus[] {
  return files.map(({ path }) => (!existsSync(path) ? 'new' : force ? 'overwrite' : 'exists'));
}

/**
 * Writes the files, or only checks them on a dry run, and returns each file's status.
 * Throws `ImportError`, having written nothing, when a file exists and `force` is off.
 */
export function writeFiles(files: readonly PlannedFile[], options: WriteOptions = {}) {
  const folders = files.filter(({ path }) => existsSync(path) && !statSync(path).isFile());
  if (folders.length > 0) {
    throw new ImportError(
      `${folders.map(({ path }) => path).join(', ')} is a folder, not a chapter file, so nothing was written. Move it away or choose another --out folder.`,
    );
  }
  const statuses = fileStatuses(files, options.force);
  const existing = files.filter((_, index) => statuses[index] === 'exists');
  if (existing.length > 0 && !options.dryRun) {
    const list = existing.map(({ path }) => `  - ${path}`).join('\n');
    const count =
      existing.length === 1 ? '1 file already exists' : `${existing.length} files already exist`;
    throw new ImportError(
      `${count}, so nothing was written:\n${list}\nAdd --force to overwrite them, or choose another --out folder.`,
    );
  }
  if (options.dryRun) return statuses;

  const temporary = files.map(({ path }) => `${path}.tmp-${process.pid}`);
  try {
    files.forEach(({ path, content }, index) => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temporary[index] as string, content, { flag: 'wx' });
    });
    files.forEach(({ path }, index) => renameSync(temporary[index] as string, path));
  } catch (error) {
    for (const path of temporary) {
      try {
        rmSync(path, { force: true });
      } catch {
        // Its folder could not be made, so it was never written.
      }
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError(
      `could not write the chapters (${reason}). Check that the --out folder is writable and has space, then run the import again.`,
    );
  }
  return statuses;
}

const COLUMNS = ['complete questions', 'draft questions', 'complete cards', 'draft cards'];

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, index) =>
      index === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[index] ?? 0),
    )
    .join('  ')
    .trimEnd();
}

function countCells(counts: FileCounts): string[] {
  const { completeQuestions, draftQuestions, completeCards, draftCards } = counts;
  return [completeQuestions, draftQuestions, completeCards, draftCards].map(String);
}

/**
 * A plain-text table with one line per chapter file and a total line, e.g.
 *
 *   chapter                    complete questions  draft questions  complete cards  draft cards
 *   01-model-fine-tuning.mdx                    0                5               3            6
 */
export function formatTable(
  files: readonly PlannedFile[],
  total: string,
  statuses?: readonly FileStatus[],
): string {
  const sum = (key: keyof FileCounts) => files.reduce((all, { counts }) => all + counts[key], 0);
  const totals = {
    completeQuestions: sum('completeQuestions'),
    draftQuestions: sum('draftQuestions'),
    completeCards: sum('completeCards'),
    draftCards: sum('draftCards'),
  };
  const rows = [
    ['chapter', ...COLUMNS, ...(statuses ? ['status'] : [])],
    ...files.map(({ path, counts }, index) => [
      basename(path),
      ...countCells(counts),
      ...(statuses ? [statuses[index] ?? ''] : []),
    ]),
    [total, ...countCells(totals)],
  ];
  const widths = (rows[0] ?? []).map((_, column) =>
    Math.max(...rows.map((cells) => (cells[column] ?? '').length)),
  );
  return rows.map((cells) => row(cells, widths)).join('\n');
}

/** The dry-run report: the table with each file's status, and what a real run would do. */
export function formatPlan(files: readonly PlannedFile[], statuses: readonly FileStatus[]): string {
  const folder = files[0] ? dirname(files[0].path) : '.';
  const blocked = statuses.filter((status) => status === 'exists').length;
  const verdict = blocked
    ? `A real run would stop: ${blocked === 1 ? '1 of these files already exists' : `${blocked} of these files already exist`}. Add --force to overwrite them.`
    : 'Nothing was written. Run again without --dry-run to write these files.';
  const table = formatTable(files, `total (${files.length} chapters)`, statuses);
  return `Dry run: would write ${files.length} chapters to ${folder}\n\n${table}\n\n${verdict}`;
}

/** The closing report of a real run. */
export function formatSummary(files: readonly PlannedFile[]): string {
  const folder = files[0] ? dirname(files[0].path) : '.';
  const table = formatTable(files, `total: ${files.length} chapters written`);
  return `Wrote ${files.length} chapters to ${folder}\n\n${table}`;
}
