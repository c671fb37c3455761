// Scale benchmark: builds a synthetic course of N chapters (about 1,000 words each) five ways,
// the same text every time (scripts/bench/synthetic-course.ts, VARIANTS):
// - stock Starlight of the installed version, alone, as Markdown and as MDX (the baselines);
// - this site as Markdown without blocks, as Markdown with 5 questions and 5 cards a chapter
//   (placed after the text), and as MDX that places <Flashcards /> and <Quiz /> (how the
//   course's chapters are written).
// Every row is divided by both baselines. Then it times search in Chromium on the course's MDX
// site at 1,000 chapters (the search budget's size) and at the largest size. Writes the tables
// to BENCHMARKS.md.
//
//   npm run bench                                 N = 100, 1,000 and 3,000 (about 20 minutes)
//   npm run bench -- --sizes 50,200               other sizes
//   npm run bench -- --variants stock-mdx,mdx     some of the variants
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, folderBytes } from './bench/measure.ts';
import { growth, HEADER, ratioTo, tableRows, type BuildRow } from './bench/rows.ts';
import { measureSearch, type SearchFigure } from './bench/search.ts';
import { stockSite } from './bench/stock-site.ts';
import { VARIANTS, writeSyntheticCourse, type Variant } from './bench/synthetic-course.ts';
import { markdownTable, recordTable } from './support/results-table.ts';
import { copySite, REPO } from './support/site-copy.ts';

const flag = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return (at > 0 ? process.argv[at + 1] : undefined) ?? fallback;
};
const sizes = flag('--sizes', '100,1000,3000')
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
const variants = flag('--variants', Object.keys(VARIANTS).join(',')).split(',') as Variant[];
for (const variant of variants) {
  if (!(variant in VARIANTS)) {
    throw new Error(
      `--variants: "${variant}" is not a variant. Use some of ${Object.keys(VARIANTS).join(', ')}.`,
    );
  }
}
const SEARCH_SIZE = 1000;
const SEARCH_BUDGET_KB = 300;
const SLOWDOWN_GOAL = 1.15;
const PORT = 4333;

const astroBin = join(REPO, 'node_modules/astro/bin/astro.mjs');
const rows: BuildRow[] = [];
const search: { size: number; figures: SearchFigure[] }[] = [];
const largest = Math.max(...sizes);
for (const size of sizes) {
  for (const variant of variants) {
    const copy = VARIANTS[variant].site === 'stock' ? stockSite : copySite;
    const { root, docs } = copy(`${variant}-${size}`);
    const pages = writeSyntheticCourse(docs, size, variant);
    console.log(`Building ${size} chapters (${VARIANTS[variant].label})…`);
    const dist = join(root, 'dist');
    const row = {
      size,
      variant,
      pages,
      ...build(root, astroBin),
      distMb: folderBytes(dist) / 1e6,
      pagefindMb: folderBytes(join(dist, 'pagefind')) / 1e6,
    };
    rows.push(row);
    const outcome = row.failure
      ? `failed: ${row.failure}`
      : `${row.seconds.toFixed(1)} s (CPU ${row.cpuSeconds?.toFixed(1) ?? 'n/a'} s)`;
    console.log(`  ${outcome}, peak ${row.peakMb?.toFixed(0) ?? 'n/a'} MB`);
    // At 3,000 chapters each site is gigabytes (every page carries the whole sidebar).
    if (!row.failure && variant === 'mdx' && (size === SEARCH_SIZE || size === largest)) {
      search.push({ size, figures: await measureSearch(dist, PORT) });
    }
    rmSync(root, { recursive: true, force: true });
  }
}

const searchTable = markdownTable(
  ['Chapters', 'Query', 'Fetched (KB)', 'Time to results (ms)'],
  search.flatMap(({ size, figures }) =>
    figures.map((each) => [String(size), each.query, each.kb.toFixed(0), each.ms.toFixed(0)]),
  ),
);

const goalRow = rows.find((row) => row.size === SEARCH_SIZE && row.variant === 'mdx');
const times = (baseline: Variant) => {
  const value = goalRow && ratioTo(rows, goalRow, baseline);
  return value === undefined ? 'n/a' : `${value.toFixed(2)}×`;
};
const firstQueryKb = search.find(({ size }) => size === SEARCH_SIZE)?.figures[0]?.kb;
const budgets = goalRow
  ? [
      `the course's MDX chapters with islands, at 1,000 chapters, take ${times('stock-mdx')} stock Starlight's time for the same MDX and ${times('stock-md')} its time for the same text as Markdown (goal ≤ ${SLOWDOWN_GOAL}×)`,
      `the first query on that site fetches ${firstQueryKb?.toFixed(0) ?? 'n/a'} KB (budget ${SEARCH_BUDGET_KB} KB)`,
    ]
  : ['not checked: the run has no 1,000-chapter course MDX site'];
const growthLines = variants
  .map((variant) => [VARIANTS[variant].label, growth(rows, variant)] as const)
  .filter(([, steps]) => steps.length > 0)
  .map(([label, steps]) => `- ${label}: ${steps.join('; ')}`);
// Always recorded: a benchmark run takes many minutes, and its figures belong in BENCHMARKS.md.
if (!process.argv.includes('--write')) process.argv.push('--write');
recordTable({
  name: 'bench',
  command: 'npm run bench',
  header: HEADER,
  rows: tableRows(rows),
  footer: [
    ...(growthLines.length > 0 ? ['Growth of build time:', '', ...growthLines, ''] : []),
    searchTable,
    '',
    `Goals and budgets: ${budgets.join('; ')}.`,
  ].join('\n'),
});
