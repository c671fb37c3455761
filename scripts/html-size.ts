// Measures the HTML of every chapter of the built site: the bytes a learner downloads before
// any script, gzip-compressed as a server sends them. Chapters are read from the built
// /course-index.json, so a new chapter is measured without listing it here. The islands'
// props are shown apart because they are where text used to be written twice (issue 14):
// the islands now read their text from the HTML they hydrate over.
//
//   node scripts/html-size.ts           print figures; exit 1 if a chapter's props are over budget
//   node scripts/html-size.ts --write   also record them in BENCHMARKS.md (`html-size` markers)
//
// Reads `dist/` (after `npm run build`), or DIST_DIR.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CourseIndex } from '../src/lib/chapter-status.ts';
import { recordTable } from './support/results-table.ts';

const KB = 1024;
/**
 * Issue 14's goal for a chapter's HTML, gzip. Not met: the course's chapters grew to 20–38 KB
 * (issue 12): with the quiz, deck and print lists removed they still weigh 15–30 KB, which is
 * their text, figures, code and tables plus Starlight's page around them (head, sidebar, two
 * tables of contents, icons, Astro's inline island runtime). Printed beside each chapter, not
 * enforced.
 */
const GOAL = 15 * KB;
/**
 * Raw bytes a chapter's island props may take. Props carry each question's and card's frame (ids,
 * kinds, which options are right); the text is read from the page, never written twice. A prop
 * that carries text again pushes a chapter over this and fails `npm test`.
 */
const PROPS_BUDGET = 14 * KB;

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
  header: ['Chapter', 'HTML', 'HTML (gzip)', 'Goal (gzip)', 'Islands’ props', 'Budget (props)'],
  rows: rows.map(({ chapter, raw, gzip, props }) => [
    `${chapter.title} (${chapter.href})`,
    kb(raw),
    kb(gzip),
    gzip > GOAL ? `${kb(GOAL)}: not met` : `${kb(GOAL)}: met`,
    kb(props),
    kb(PROPS_BUDGET),
  ]),
});
const over = rows.filter((row) => row.props > PROPS_BUDGET);
for (const { chapter, props } of over) {
  console.error(
    `${chapter.id}: its islands' props take ${kb(props)} (${props} bytes), over the ${kb(PROPS_BUDGET)} budget: some text is written twice (scripts/html-size.ts).`,
  );
}
if (over.length > 0) process.exitCode = 1;
