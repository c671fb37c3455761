// Measures the JavaScript a learner downloads: loads pages of the built site in Chromium,
// scrolls to the end so every `client:visible` island hydrates, and sums the gzip size of
// every script the page fetched before any interaction (the FSRS scheduler loads later,
// on the first flip). What islands add is the difference between the page as it is and the
// same page with every island's modules blocked; a row that names islands blocks the others,
// so "the quiz island alone" is measured on a real chapter.
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
/** A page with Starlight's own scripts and no islands, for scale. */
const PLAIN_PAGE = { label: 'Page without islands', path: '/glossary/' };

interface Measured {
  label: string;
  path: string;
  /** Islands to measure, by component name; the page's other islands are blocked. All if unset. */
  islands?: string[];
  /** Gzip bytes the islands may add to the page. */
  budget: number;
}

const MEASURED: Measured[] = [
  {
    // Issue 11's budget. It was 13 KB while the island measured 12.8 KB; at issue 13 it measures
    // 11.1 KB (see BENCHMARKS.md).
    label: 'Quiz island alone',
    // A chapter whose quiz has no numeric question.
    path: '/foundations/how-chat-models-are-made/',
    islands: ['QuizIsland'],
    budget: 12 * KB,
  },
  {
    // The numeric kit (answer box, reading numbers) loads only where a quiz has a numeric
    // question (issue 11): about 1 KB more, on those pages only.
    label: 'Quiz island alone, with a numeric question',
    path: '/workflow/configuring-the-model/',
    islands: ['NumericQuizIsland'],
    budget: 14 * KB,
  },
  {
    label: 'Chapter with quiz and flashcards',
    path: '/foundations/what-is-fine-tuning/',
    // 16 KB until issue 9 added Undo and the storage notices; issue 14 sets budgets for
    // whole pages instead.
    budget: 17 * KB,
  },
  {
    // Its own island since issue 11 (saved runs, the running score, results, history and the
    // numeric kit); until then it was the quiz island, with a 12 KB budget.
    label: 'Practice test',
    path: '/practice/',
    budget: 15 * KB,
  },
];

/** The module URLs of the page's islands, by component name, read from its HTML. */
async function islandModules(page: Page, path: string) {
  await page.goto(`http://127.0.0.1:${PORT}${path}`);
  return page.locator('astro-island').evaluateAll((islands) =>
    islands.map((island) => ({
      component: new URL(island.getAttribute('component-url') ?? '', location.href).href,
      renderer: new URL(island.getAttribute('renderer-url') ?? '', location.href).href,
      name: (island.getAttribute('component-url') ?? '').split('/').pop()?.split('.')[0] ?? '',
    })),
  );
}

async function scriptBytes(page: Page, path: string, blocked: ReadonlySet<string>) {
  const scripts = new Map<string, Promise<number>>();
  await page.route(
    (url) => blocked.has(url.href),
    (route) => route.abort(),
  );
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
  const inFreshContext = async <T>(run: (page: Page) => Promise<T>) => {
    const context = await browser.newContext();
    try {
      return await run(await context.newPage());
    } finally {
      await context.close();
    }
  };
  const plain = await inFreshContext((page) => scriptBytes(page, PLAIN_PAGE.path, new Set()));
  const results = [];
  for (const row of MEASURED) {
    const islands = await inFreshContext((page) => islandModules(page, row.path));
    const named = row.islands ?? [];
    const absent = named.filter((name) => !islands.some((island) => island.name === name));
    if (absent.length > 0) {
      throw new Error(
        `${row.path} has no ${absent.join(' or ')} island, so "${row.label}" would measure nothing. Point the row at a page that has it (scripts/size.ts).`,
      );
    }
    const others = islands.filter((island) => row.islands && !named.includes(island.name));
    const all = new Set(islands.flatMap((island) => [island.component, island.renderer]));
    const [page, bare] = [
      await inFreshContext((tab) =>
        scriptBytes(tab, row.path, new Set(others.map((each) => each.component))),
      ),
      await inFreshContext((tab) => scriptBytes(tab, row.path, all)),
    ];
    results.push({ ...row, ...page, added: page.gzip - bare.gzip });
  }
  await browser.close();

  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  recordTable({
    name: 'size',
    command: 'npm run size',
    header: ['Page', 'Scripts', 'Script size (gzip)', 'Added by its islands', 'Budget'],
    rows: [
      [`${PLAIN_PAGE.label} (${PLAIN_PAGE.path})`, String(plain.files), kb(plain.gzip), '', ''],
      ...results.map((result) => [
        `${result.label} (${result.path})`,
        String(result.files),
        kb(result.gzip),
        kb(result.added),
        kb(result.budget),
      ]),
    ],
  });
  for (const result of results) {
    if (result.added > result.budget) {
      console.error(
        `${result.label} adds ${kb(result.added)} (${result.added} bytes) of script, over its ${kb(result.budget)} budget.`,
      );
      process.exitCode = 1;
    }
  }
} finally {
  server.stop();
}
