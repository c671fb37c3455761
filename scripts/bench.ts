// Scale benchmark: builds a synthetic course of N chapters (about 1,000 words, 5 questions
// and 5 cards each) with our islands, and the same text as plain Starlight Markdown, then
// measures search on the largest one in Chromium. Writes the table to BENCHMARKS.md.
//
//   npm run bench                      N = 100 and 1,000
//   npm run bench -- --sizes 50,200    other sizes
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build, folderBytes, type BuildFigures } from './bench/measure.ts';
import { writeSyntheticCourse, type Variant } from './bench/synthetic-course.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/browser.ts';
import { startServer } from './support/server.ts';
import { markdownTable, recordTable } from './support/results-table.ts';
import { copySite, REPO } from './support/site-copy.ts';

const repo = REPO;
const sizesFlag = process.argv.indexOf('--sizes');
const sizes = (sizesFlag > 0 ? (process.argv[sizesFlag + 1] ?? '') : '100,1000')
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
const QUERIES = ['learning rate', 'overfitting calibration', 'checkpoint'];
const SEARCH_BUDGET_KB = 300;
const SLOWDOWN_BUDGET = 1.3;

/** Makes a throwaway copy of the site whose docs are the synthetic course. */
function project(size: number, variant: Variant): { root: string; pages: number } {
  const { root, docs } = copySite(`${variant}-${size}`);
  return { root, pages: writeSyntheticCourse(docs, size, variant) };
}

interface Row extends BuildFigures {
  size: number;
  variant: Variant;
  pages: number;
  distMb: number;
  pagefindMb: number;
  root: string;
}

async function measureSearch(dist: string) {
  const port = 4333;
  const server = await startServer(port, { DIST_DIR: dist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    // Nothing is preloaded: the first query pays for Pagefind's script, WebAssembly and index.
    const results = [];
    for (const query of QUERIES) {
      let bytes = 0;
      const count = (response: import('@playwright/test').Response) =>
        void response
          .request()
          .sizes()
          .then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
      page.on('response', count);
      const ms = await page.evaluate(async (text) => {
        const bundle = '/pagefind/pagefind.js';
        const pagefind = await import(/* @vite-ignore */ bundle);
        const started = performance.now();
        const search = await pagefind.search(text);
        await Promise.all(
          search.results
            .slice(0, 5)
            .map((result: { data: () => Promise<unknown> }) => result.data()),
        );
        return performance.now() - started;
      }, query);
      await page.waitForTimeout(300);
      page.off('response', count);
      results.push({ query, kb: bytes / 1024, ms });
    }
    return results;
  } finally {
    await browser.close();
    server.stop();
  }
}

const astroBin = join(repo, 'node_modules/astro/bin/astro.mjs');
const rows: Row[] = [];
for (const size of sizes) {
  for (const variant of ['plain', 'mdx', 'islands'] as const) {
    const { root, pages } = project(size, variant);
    console.log(`Building ${size} chapters (${variant})…`);
    const figures = build(root, astroBin);
    const row = {
      size,
      variant,
      pages,
      root,
      ...figures,
      distMb: folderBytes(join(root, 'dist')) / 1e6,
      pagefindMb: folderBytes(join(root, 'dist/pagefind')) / 1e6,
    };
    rows.push(row);
    console.log(`  ${row.seconds.toFixed(1)} s, peak ${row.peakMb?.toFixed(0) ?? 'n/a'} MB`);
  }
}

const largest = rows.filter((row) => row.variant === 'mdx').at(-1);
const search = largest ? await measureSearch(join(largest.root, 'dist')) : [];
for (const row of rows) rmSync(row.root, { recursive: true, force: true });

const header = [
  'Chapters',
  'Variant',
  'Build (s)',
  'Peak memory (MB)',
  'Pages/s',
  'dist (MB)',
  'Pagefind index (MB)',
  'Build time vs plain',
];
const tableRows = rows.map((row) => {
  const plain = rows.find((each) => each.size === row.size && each.variant === 'plain');
  const ratio = plain ? row.seconds / plain.seconds : 1;
  return [
    String(row.size),
    row.variant,
    row.seconds.toFixed(1),
    row.peakMb?.toFixed(0) ?? 'n/a',
    (row.pages / row.seconds).toFixed(1),
    row.distMb.toFixed(1),
    row.pagefindMb.toFixed(1),
    `${ratio.toFixed(2)}×`,
  ];
});
const searchTable = markdownTable(
  [`Query on the ${largest?.size ?? '?'}-chapter site`, 'Fetched (KB)', 'Time to results (ms)'],
  search.map((each) => [each.query, each.kb.toFixed(0), each.ms.toFixed(0)]),
);

/** The slowest ratio of a variant's build time to plain Starlight's, over all sizes. */
const worstRatio = (variant: Variant) =>
  Math.max(
    ...rows
      .filter((row) => row.variant === variant)
      .map((row) => {
        const plain = rows.find((each) => each.size === row.size && each.variant === 'plain');
        return row.seconds / (plain?.seconds ?? row.seconds);
      }),
  );
const firstQueryKb = search[0]?.kb ?? 0;
const budgets = [
  `islands ${worstRatio('islands').toFixed(2)}× plain Starlight (budget ${SLOWDOWN_BUDGET}×)`,
  `MDX chapters with islands ${worstRatio('mdx').toFixed(2)}× (MDX compilation included; no budget)`,
  `first query ${firstQueryKb.toFixed(0)} KB (budget ${SEARCH_BUDGET_KB} KB)`,
];
// Always recorded: a benchmark run takes minutes, and its figures belong in BENCHMARKS.md.
if (!process.argv.includes('--write')) process.argv.push('--write');
recordTable({
  name: 'bench',
  command: 'npm run bench',
  header,
  rows: tableRows,
  footer: `${searchTable}\n\nBudgets: ${budgets.join('; ')}.`,
});
