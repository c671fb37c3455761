// Measures the JavaScript a learner downloads: loads pages of the built site in Chromium,
// scrolls to the end so every `client:visible` island hydrates, and sums the gzip size of
// every script the page fetched before any interaction (the FSRS scheduler loads later,
// on the first flip). Compares pages with islands against a page without any.
//
//   npm run size              print figures; exit 1 if a budget is exceeded
//   npm run size -- --write   also record them in BENCHMARKS.md
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/browser.ts';
import { recordTable } from './support/results-table.ts';
import { startServer } from './support/server.ts';

const PORT = 4331;
const KB = 1024;
/** A page with the same Starlight chrome and no islands: the baseline. */
const BASELINE = { label: 'Page without islands', path: '/glossary/' };
/** Pages with islands, and the gzip bytes each may add over the baseline. */
const MEASURED = [
  {
    label: 'Chapter with quiz and flashcards',
    path: '/foundations/what-is-fine-tuning/',
    // 16 KB until issue 9 added Undo and the storage notices (about 0.3 KB); issue 14 sets
    // budgets for whole pages instead.
    budget: 17 * KB,
  },
  { label: 'Practice test (quiz island only)', path: '/practice/', budget: 12 * KB },
];

async function scriptBytes(page: Page, path: string) {
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(
      response.url(),
      response.body().then((body) => gzipSync(body, { level: 9 }).length),
    );
  });
  await page.goto(`http://127.0.0.1:${PORT}${path}`);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(scripts.values());
  return { files: sizes.length, gzip: sizes.reduce((sum, size) => sum + size, 0) };
}

const server = await startServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const measure = async (path: string) => {
    const context = await browser.newContext();
    const result = await scriptBytes(await context.newPage(), path);
    await context.close();
    return result;
  };
  const baseline = await measure(BASELINE.path);
  const results = [];
  for (const page of MEASURED) results.push({ ...page, ...(await measure(page.path)) });
  await browser.close();

  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  recordTable({
    name: 'size',
    command: 'npm run size',
    header: ['Page', 'Scripts', 'Script size (gzip)', 'Added over baseline', 'Budget'],
    rows: [
      [`${BASELINE.label} (${BASELINE.path})`, String(baseline.files), kb(baseline.gzip), '', ''],
      ...results.map((result) => [
        `${result.label} (${result.path})`,
        String(result.files),
        kb(result.gzip),
        kb(result.gzip - baseline.gzip),
        kb(result.budget),
      ]),
    ],
  });
  for (const result of results) {
    const added = result.gzip - baseline.gzip;
    if (added > result.budget) {
      console.error(
        `${result.label} adds ${kb(added)} (${added} bytes) of script, over its ${kb(result.budget)} budget.`,
      );
      process.exitCode = 1;
    }
  }
} finally {
  server.stop();
}
