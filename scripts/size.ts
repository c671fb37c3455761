// Measures the JavaScript a learner downloads: loads pages of the built site in Chromium,
// scrolls to the end so every `client:visible` island hydrates, and sums the gzip size of
// every script the page fetched before any interaction (the FSRS scheduler loads later,
// on the first flip). Compares pages with islands against a page without any.
//
//   npm run size              print figures; exit 1 if a budget is exceeded
//   npm run size -- --write   also record them in BENCHMARKS.md
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = 4331;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const KB = 1024;
/** A page with the same Starlight chrome and no islands: the baseline. */
const BASELINE = { label: 'Page without islands', path: '/glossary/' };
/** Pages with islands, and the gzip bytes each may add over the baseline. */
const MEASURED = [
  {
    label: 'Chapter with quiz and flashcards',
    path: '/foundations/what-is-fine-tuning/',
    budget: 16 * KB,
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
  await page.goto(`${ORIGIN}${path}`);
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

async function waitForServer() {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(ORIGIN)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not start on ${ORIGIN}. Run \`npm run build\` first.`);
}

const server = spawn(process.execPath, ['scripts/serve.ts', '--port', String(PORT)], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
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
  const rows = [
    ['Page', 'Scripts', 'Script size (gzip)', 'Added over baseline', 'Budget'],
    [`${BASELINE.label} (${BASELINE.path})`, String(baseline.files), kb(baseline.gzip), '', ''],
    ...results.map((result) => [
      `${result.label} (${result.path})`,
      String(result.files),
      kb(result.gzip),
      kb(result.gzip - baseline.gzip),
      kb(result.budget),
    ]),
  ];
  const table = rows.map((row) => `| ${row.join(' | ')} |`);
  table.splice(1, 0, '| --- | --- | --- | --- | --- |');
  console.log(table.join('\n'));

  if (process.argv.includes('--write')) {
    const file = new URL('../BENCHMARKS.md', import.meta.url);
    const start = '<!-- size:start -->';
    const end = '<!-- size:end -->';
    const text = readFileSync(file, 'utf8');
    const block = `${start}\nMeasured ${new Date().toISOString().slice(0, 10)} with \`npm run size\` in Chromium (${process.platform}, Node ${process.version}).\n\n${table.join('\n')}\n${end}`;
    writeFileSync(file, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), block));
    console.log('Recorded in BENCHMARKS.md.');
  }
  for (const result of results) {
    const added = result.gzip - baseline.gzip;
    if (added > result.budget) {
      console.error(
        `${result.label} adds ${kb(added)} of script, over its ${kb(result.budget)} budget.`,
      );
      process.exitCode = 1;
    }
  }
} finally {
  server.kill();
}
