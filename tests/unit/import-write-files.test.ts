import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { PlannedFile } from '../../scripts/import/draft-chapters';
import { formatPlan, formatSummary, writeFiles } from '../../scripts/import/write-files';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'import-write-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const counts = { completeQuestions: 1, draftQuestions: 2, completeCards: 3, draftCards: 4 };
const plan = (out: string): PlannedFile[] => [
  { path: join(out, '01-one.mdx'), content: 'one\n', counts },
  { path: join(out, '02-two.mdx'), content: 'two\n', counts },
];
/** Every file under `folder`, as paths relative to it. */
const listing = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();

describe('writeFiles', () => {
  test('returns "new" for each file it writes, creating the --out folder', () => {
    const out = join(dir, 'drafts', 'nested');
    expect(writeFiles(plan(out))).toEqual(['new', 'new']);
    expect(listing(out)).toEqual(['01-one.mdx', '02-two.mdx']);
    expect(readFileSync(join(out, '02-two.mdx'), 'utf8')).toBe('two\n');
  });

  test('errors if a file exists without force, and writes none of the others', () => {
    writeFileSync(join(dir, '02-two.mdx'), 'mine\n');
    expect(() => writeFiles(plan(dir))).toThrowError(
      /1 file already exists, so nothing was written/,
    );
    expect(() => writeFiles(plan(dir))).toThrowError('Add --force to overwrite them');
    expect(listing(dir)).toEqual(['02-two.mdx']);
    expect(readFileSync(join(dir, '02-two.mdx'), 'utf8')).toBe('mine\n');
  });

  test('errors listing every existing file', () => {
    writeFiles(plan(dir));
    const error = (() => {
      try {
        writeFiles(plan(dir));
      } catch (caught) {
        return caught instanceof Error ? caught.message.replaceAll(dir, '<out>') : caught;
      }
    })();
    expect(error).toMatchInlineSnapshot(`
      "2 files already exist, so nothing was written:
        - <out>/01-one.mdx
        - <out>/02-two.mdx
      Add --force to overwrite them, or choose another --out folder."
    `);
  });

  test('returns "overwrite" and replaces existing files with force', () => {
    writeFileSync(join(dir, '01-one.mdx'), 'mine\n');
    expect(writeFiles(plan(dir), { force: true })).toEqual(['overwrite', 'new']);
    expect(readFileSync(join(dir, '01-one.mdx'), 'utf8')).toBe('one\n');
  });

  test('returns the statuses of a dry run and writes nothing', () => {
    writeFileSync(join(dir, '01-one.mdx'), 'mine\n');
    expect(writeFiles(plan(dir), { dryRun: true })).toEqual(['exists', 'new']);
    expect(writeFiles(plan(join(dir, 'missing')), { dryRun: true })).toEqual(['new', 'new']);
    expect(listing(dir)).toEqual(['01-one.mdx']);
  });

  test('returns with no .tmp- files left behind', () => {
    writeFiles(plan(dir));
    writeFiles(plan(dir), { force: true });
    expect(listing(dir).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  test('errors without writing any file when one cannot be written', () => {
    writeFileSync(join(dir, 'blocker'), ''); // a file where a folder should be
    const files = [plan(dir)[0], { ...plan(dir)[1], path: join(dir, 'blocker', '02-two.mdx') }];
    expect(() => writeFiles(files as PlannedFile[])).toThrowError(/could not write the chapters/);
    expect(listing(dir)).toEqual(['blocker']);
  });

  test('errors if a target is a folder, even with force', () => {
    mkdirSync(join(dir, '02-two.mdx'));
    expect(() => writeFiles(plan(dir), { force: true })).toThrowError(
      /is a folder, not a chapter file/,
    );
    expect(listing(dir)).toEqual(['02-two.mdx']);
  });
});

describe('formatSummary', () => {
  test('returns a table with one line per chapter and the totals', () => {
    expect(formatSummary(plan('/out'))).toMatchInlineSnapshot(`
      "Wrote 2 chapters to /out

      chapter                    complete questions  draft questions  complete cards  draft cards
      01-one.mdx                                  1                2               3            4
      02-two.mdx                                  1                2               3            4
      total: 2 chapters written                   2                4               6            8"
    `);
  });
});

describe('formatPlan', () => {
  test('returns the table with each file status and what a real run would do', () => {
    expect(formatPlan(plan('/out'), ['exists', 'new'])).toMatchInlineSnapshot(`
      "Dry run: would write 2 chapters to /out

      chapter             complete questions  draft questions  complete cards  draft cards  status
      01-one.mdx                           1                2               3            4  exists
      02-two.mdx                           1                2               3            4     new
      total (2 chapters)                   2                4               6            8

      A real run would stop: 1 of these files already exists. Add --force to overwrite them."
    `);
  });
});
