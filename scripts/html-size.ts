// Measures the HTML of every chapter of the built site: the bytes a learner downloads before
// any script, gzip-compressed as a server sends them. Chapters are read from the built
// /course-index.json, so a new chapter is measured without listing it here. The islands'
// props are shown apart because they are where text used to be written twice (issue 14):
// the islands now read their text from the HTML they hydrate over.
//
//   node scripts/html-size.ts           print figures; exit 1 if a chapter is over budget
//   node scripts/html-size.ts --write   also record them in BENCHMARKS.md (`html-size` markers)
//
// Reads `dist/` (after `npm run build`), or DIST_DIR.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CourseIndex } from '../src/lib/chapter-status.ts';
import { recordTable } from './support/results-table.ts';

const KB = 1024;
/** Gzip bytes a chapter's HTML may weigh (issue 14). */
const BUDGET = 15 * KB;

const dist = process.env.DIST_DIR ?? 'dist';
const indexFile = join(dist, 'course-index.json');
if (!existsSync(indexFile)) {
  throw new Error(`${indexFile} is missing: run \`npm run build\` first (scripts/html-size.ts).`);
}
const { chapters } = JSON.parse(readFileSync(indexFile, 'utf8')) as CourseIndex;

/** The raw length of every island's serialised props, as written in the page. */
function propsBytes(html: string): number {
  return [...html.matchAll(/<astro-island\b[^>]*?\sprops="([^"]*)"/g)].reduce(
    (sum, match) => sum + match[1]!.length,
    0,
  );
}

const rows = chapters.map((chapter) => {
  // Hrefs carry the base path the site was built with; the files under dist/ do not.
  const path = join(dist, chapter.id, 'index.html');
  const html = readFileSync(path);
  return {
    chapter,
    raw: html.length,
    gzip: gzipSync(html, { level: 9 }).length,
    props: propsBytes(html.toString('utf8')),
  };
});

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
recordTable({
  name: 'html-size',
  command: 'node scripts/html-size.ts',
  header: ['Chapter', 'HTML', 'Islands’ props', 'HTML (gzip)', 'Budget'],
  rows: rows.map(({ chapter, raw, gzip, props }) => [
    `${chapter.title} (${chapter.href})`,
    kb(raw),
    kb(props),
    kb(gzip),
    gzip > BUDGET ? `${kb(BUDGET)}: over` : kb(BUDGET),
  ]),
});
const over = rows.filter((row) => row.gzip > BUDGET);
for (const { chapter, gzip } of over) {
  console.error(
    `${chapter.id}: ${kb(gzip)} (${gzip} bytes) of HTML, gzip, over the ${kb(BUDGET)} budget.`,
  );
}
if (over.length > 0) process.exitCode = 1;
