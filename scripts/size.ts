// Measures the JavaScript a learner downloads: loads pages of the built site in Chromium,
// scrolls to the end so every `client:visible` island hydrates, and sums the gzip size of
// every script the page fetched. Prints a chapter with islands next to a page without.
//
//   npm run size              print figures; exit 1 if a budget is exceeded
//   npm run size -- --write   also record them in BENCHMARKS.md
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const PORT = 4331;
const ORIGIN = `http://127.0.0.1:${PORT}`;
/** A chapter with every island, and a page with the same Starlight chrome but none. */
const PAGES = { withIslands: '/foundations/what-is-fine-tuning/', withoutIslands: '/glossary/' };
/** Extra gzip bytes the islands may add over a page without them. */
const BUDGET_BYTES = 12 * 1024;

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
  const withIslands = await measure(PAGES.withIslands);
  const withoutIslands = await measure(PAGES.withoutIslands);
  await browser.close();

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const added = withIslands.gzip - withoutIslands.gzip;
  const rows = [
    ['Page', 'Scripts', 'Script size (gzip)'],
    [`Chapter with quiz (${PAGES.withIslands})`, String(withIslands.files), kb(withIslands.gzip)],
    [
      `Page without islands (${PAGES.withoutIslands})`,
      String(withoutIslands.files),
      kb(withoutIslands.gzip),
    ],
    ['Added by the islands', '', `${kb(added)} (budget ${kb(BUDGET_BYTES)})`],
  ];
  const table = rows.map((row) => `| ${row.join(' | ')} |`);
  table.splice(1, 0, '| --- | --- | --- |');
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
  if (added > BUDGET_BYTES) {
    console.error(`The islands add ${kb(added)} of script, over the ${kb(BUDGET_BYTES)} budget.`);
    process.exitCode = 1;
  }
} finally {
  server.kill();
}
