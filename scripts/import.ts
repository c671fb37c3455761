// Drafts course chapters from a study-site export (see tests/fixtures/exports/seed.txt):
// one MDX file per study-notes section, with its questions and flashcards placed by topic.
// Every chapter opens with a "Draft" aside; rewrite it before publishing.
//
//   npm run import -- <export.txt> --out <folder> [--dry-run] [--force] [--components <dir>]
//
// Nothing is written when anything is wrong, and existing files are only replaced with
// --force. `<Quiz />` and `<Flashcards />` are placed only with --components (the site's
// src/components folder), because their MDX import path depends on where --out is.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeExport } from './import/decode-export.ts';
import { draftChapters } from './import/draft-chapters.ts';
import { ImportError } from './import/import-error.ts';
import { parseExport } from './import/parse-export.ts';
import { formatPlan, formatSummary, writeFiles } from './import/write-files.ts';

const USAGE = `Usage: npm run import -- <export.txt> --out <folder> [options]

Turns a study-notes export into draft MDX chapters, one per study-notes section.

Options:
  --out <folder>        where to write the chapters (created if missing)
  --dry-run             print the plan and write nothing
  --force               overwrite chapter files that already exist
  --components <dir>    the site's src/components folder; when given, chapters import and
                        place <Quiz /> and <Flashcards />
  --help                show this text`;

function parseCommandLine() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        components: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    const [input, ...extra] = positionals;
    if (!input) throw new Error('name the export file to import.');
    if (extra.length)
      throw new Error(`import one export at a time (also got ${extra.join(', ')}).`);
    if (!values.out) throw new Error('add --out <folder> to say where the chapters go.');
    return { input, ...values, out: values.out };
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exit(2);
  }
}

function readExport(input: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(input);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    const problem = code === 'ENOENT' ? 'there is no such file' : `it cannot be read (${code})`;
    throw new ImportError(`${problem}. Check the path of the export file.`, { file: input });
  }
  return decodeExport(bytes, input);
}

function componentsDir(dir: string | undefined): string | undefined {
  if (dir === undefined) return undefined;
  const missing = ['Quiz.astro', 'Flashcards.astro'].filter(
    (name) => !existsSync(resolve(dir, name)),
  );
  if (missing.length) {
    throw new ImportError(
      `--components ${dir} has no ${missing.join(' or ')}. Pass the site's src/components folder.`,
    );
  }
  return resolve(dir);
}

const args = parseCommandLine();
try {
  const parsed = parseExport(readExport(args.input), args.input);
  const files = draftChapters(parsed, {
    outDir: resolve(args.out),
    componentsDir: componentsDir(args.components),
  });
  const statuses = writeFiles(files, { force: args.force, dryRun: args['dry-run'] });
  console.log(args['dry-run'] ? formatPlan(files, statuses) : formatSummary(files));
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
