// Measures the JavaScript a learner downloads: loads pages of the built site in Chromium,
// scrolls to the end so every `client:visible` island hydrates, and sums the gzip size of
// every script the page fetched before any interaction (the FSRS scheduler loads later,
// on the first flip; Pagefind's UI on the first open of search). A page's total has a budget,
// and so has what its islands add: the difference between the page as it is and the same page
// with every island's modules blocked; a row that names islands blocks the others, so "the quiz
// island alone" is measured on a real chapter. A stock Starlight site of the same version is
// built and measured too, and every page is printed as a ratio of it.
//
//   npm run size              print figures; exit 1 if a budget is exceeded
//   npm run size -- --write   also record them in BENCHMARKS.md
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/browser.ts';
import { markdownTable, recordTable } from './support/results-table.ts';
import { startServer } from './support/server.ts';
import { buildStockStarlight, STARLIGHT_VERSION } from './support/stock-starlight.ts';

const PORT = 4331;
const STOCK_PORT = 4335;
const KB = 1024;

/**
 * Whole pages: script a learner downloads before searching, gzip. `goal` is issue 14's; `budget`
 * fails `npm test`. The chapter's goal of 20 KB is not met (see BENCHMARKS.md), so its budget
 * holds the ground gained instead: 53.2 KB before issue 14, 26.1 KB after. Issue 15's Listen bar
 * (src/scripts/listen-control.ts: voices, "Resume from …", the import on the first press) adds
 * 1.3 KB to every chapter, and reading a saved "Practice for me" plan 0.2 KB, so the budget is
 * 28 KB; the player and the planner load on first use.
 */
const PAGES: { label: string; path: string; budget: number; goal: number }[] = [
  { label: 'Page without islands', path: '/glossary/', budget: 6 * KB, goal: 6 * KB },
  {
    label: 'Chapter with quiz and flashcards',
    path: '/foundations/what-is-fine-tuning/',
    budget: 28 * KB,
    goal: 20 * KB,
  },
];

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
    // Since issue 14 the islands' rows include the progress store: the page with its islands
    // blocked no longer loads it (the sidebar marks wait for saved progress), so the islands are
    // charged for it. Budgets rose by that much (about 2.5 KB); the pages themselves got lighter.
    label: 'Quiz island alone',
    // A chapter whose quiz has no numeric question.
    path: '/foundations/how-chat-models-are-made/',
    islands: ['QuizIsland'],
    budget: 15 * KB,
  },
  {
    // The numeric kit (answer box, reading numbers) loads only where a quiz has a numeric
    // question (issue 11): about 1 KB more, on those pages only.
    label: 'Quiz island alone, with a numeric question',
    path: '/workflow/configuring-the-model/',
    islands: ['NumericQuizIsland'],
    budget: 16 * KB,
  },
  {
    label: 'Chapter with quiz and flashcards',
    path: '/foundations/what-is-fine-tuning/',
    // 16 KB until issue 9 added Undo and the storage notices, 17 KB until issue 14 (see above).
    budget: 20 * KB,
  },
  {
    // Its own island since issue 11 (saved runs, the running score, results, history and the
    // numeric kit); until then it was the quiz island, with a 12 KB budget.
    label: 'Practice test',
    path: '/practice/',
    // 15 KB until issue 14, which added rendering near the viewport and the progress store (above);
    // 18 KB until issue 15 added Practice for me (its button, messages and the saved plan's
    // reader; the planner itself loads on the first press).
    budget: 19.5 * KB,
  },
];

/** The module URLs of the page's islands, by component name, read from its HTML. */
async function islandModules(page: Page, url: string) {
  await page.goto(url);
  return page.locator('astro-island').evaluateAll((islands) =>
    islands.map((island) => ({
      component: new URL(island.getAttribute('component-url') ?? '', location.href).href,
      renderer: new URL(island.getAttribute('renderer-url') ?? '', location.href).href,
      name: (island.getAttribute('component-url') ?? '').split('/').pop()?.split('.')[0] ?? '',
    })),
  );
}

async function scriptBytes(page: Page, url: string, blocked: ReadonlySet<string> = new Set()) {
  const scripts = new Map<string, Promise<number>>();
  await page.route(
    (address) => blocked.has(address.href),
    (route) => route.abort(),
  );
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.set(
      response.url(),
      response.body().then((body) => gzipSync(body, { level: 9 }).length),
    );
  });
  await page.goto(url);
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

const stockDist = buildStockStarlight();
const [server, stockServer] = await Promise.all([
  startServer(PORT),
  startServer(STOCK_PORT, { DIST_DIR: stockDist }),
]);
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
  const at = (path: string) => `${server.origin}${path}`;
  const stock = await inFreshContext((page) => scriptBytes(page, `${stockServer.origin}/guide/`));
  const pages = [];
  for (const row of PAGES) {
    pages.push({ ...row, ...(await inFreshContext((page) => scriptBytes(page, at(row.path)))) });
  }
  const results = [];
  for (const row of MEASURED) {
    const islands = await inFreshContext((page) => islandModules(page, at(row.path)));
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
        scriptBytes(tab, at(row.path), new Set(others.map((each) => each.component))),
      ),
      await inFreshContext((tab) => scriptBytes(tab, at(row.path), all)),
    ];
    results.push({ ...row, ...page, added: page.gzip - bare.gzip });
  }
  await browser.close();

  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const ratio = (bytes: number) => `${(bytes / stock.gzip).toFixed(2)}×`;
  recordTable({
    name: 'size',
    command: 'npm run size',
    header: [
      'Page',
      'Scripts',
      'Script size (gzip)',
      'vs stock Starlight',
      'Goal (issue 14)',
      'Budget (npm test)',
    ],
    rows: [
      [
        `Stock Starlight ${STARLIGHT_VERSION} page`,
        String(stock.files),
        kb(stock.gzip),
        '1.00×',
        '',
        '',
      ],
      ...pages.map((row) => [
        `${row.label} (${row.path})`,
        String(row.files),
        kb(row.gzip),
        ratio(row.gzip),
        `${kb(row.goal)}: ${row.gzip > row.goal ? 'not met' : 'met'}`,
        kb(row.budget),
      ]),
    ],
    footer: [
      'What islands add to a page (the page minus the same page with its islands blocked):',
      '',
      markdownTable(
        ['Islands', 'Page total (gzip)', 'Added by its islands', 'Budget'],
        results.map((result) => [
          `${result.label} (${result.path})`,
          kb(result.gzip),
          kb(result.added),
          kb(result.budget),
        ]),
      ),
    ].join('\n'),
  });
  const over = [
    ...pages.map((row) => ({
      label: row.label,
      bytes: row.gzip,
      budget: row.budget,
      what: 'loads',
    })),
    ...results.map((row) => ({
      label: row.label,
      bytes: row.added,
      budget: row.budget,
      what: 'adds',
    })),
  ].filter((row) => row.bytes > row.budget);
  for (const row of over) {
    console.error(
      `${row.label} ${row.what} ${kb(row.bytes)} (${row.bytes} bytes) of script, over its ${kb(row.budget)} budget (scripts/size.ts).`,
    );
    process.exitCode = 1;
  }
} finally {
  server.stop();
  stockServer.stop();
}
