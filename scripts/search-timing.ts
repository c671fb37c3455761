// Times opening search for the first time, the way a learner does it: on a chapter that has
// finished loading, press "/" and type a word at once. Under a 4× CPU slowdown (Lighthouse's
// mobile setting) it records, from the key press, when a box that takes typing has focus, when
// Pagefind's own box has it, and when the first result shows. Prints the median of several cold
// page loads, with the word typed at once and at a fast typist's pace.
//
//   npm run search-timing                             the built site (dist/)
//   npm run search-timing -- --write                  also record the table in BENCHMARKS.md
//   npm run search-timing -- --baseline /tmp/dist-x   also another build, e.g. one that loads
//                                                     Pagefind's UI with the page, run by turns
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/browser.ts';
import { recordTable } from './support/results-table.ts';
import { startServer } from './support/server.ts';

const PORT = 4334;
const PAGE = '/foundations/what-is-fine-tuning/';
const QUERY = 'lora';
const RUNS = 5;
const CPU_SLOWDOWN = 4;
/** Milliseconds between keys: at once, and a fast typist (about 100 words a minute). */
const PACES = [0, 120];
const STOCK_PORT = 4337;
const baselineFlag = process.argv.indexOf('--baseline');
const baseline = baselineFlag > 0 ? process.argv[baselineFlag + 1] : undefined;

interface Timing {
  /** A text box in the dialog has focus and keeps what is typed. */
  typing: number;
  /** Pagefind's own search box has focus. */
  pagefindBox: number;
  /** The first result is on screen. */
  firstResult: number;
}

async function timeOnce(browser: Browser, origin: string, pace: number): Promise<Timing> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.addInitScript(() => {
      const marks: Record<string, number> = {};
      (window as unknown as { searchMarks: typeof marks }).searchMarks = marks;
      const mark = (name: string) => (marks[name] ??= performance.now());
      addEventListener('keydown', (event) => event.key === '/' && mark('key'), { capture: true });
      addEventListener(
        'focusin',
        (event) => {
          const target = event.target as Element;
          if (!target.closest('dialog')) return;
          if (target instanceof HTMLInputElement) mark('typing');
          if (target.classList.contains('pagefind-ui__search-input')) mark('pagefindBox');
        },
        { capture: true },
      );
      new MutationObserver(() => {
        if (document.querySelector('.pagefind-ui__result')) mark('firstResult');
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${origin}${PAGE}`);
    // The learner has been reading: the page, its islands and any idle-time work are done.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.keyboard.press('/');
    await page.keyboard.type(QUERY, { delay: pace });
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 30_000 });
    const marks = await page.evaluate(
      () => (window as unknown as { searchMarks: Record<string, number> }).searchMarks,
    );
    const since = (name: string) => Math.round((marks[name] ?? NaN) - (marks.key ?? NaN));
    return {
      typing: since('typing'),
      pagefindBox: since('pagefindBox'),
      firstResult: since('firstResult'),
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;

const sites = [{ label: 'This site', env: {}, port: PORT }];
if (baseline) sites.push({ label: 'Baseline', env: { DIST_DIR: baseline }, port: STOCK_PORT });
const servers = await Promise.all(sites.map((site) => startServer(site.port, site.env)));
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs = sites.map(() => PACES.map((): Timing[] => []));
  // By turns, so a busy moment on the machine does not fall on one build only.
  for (let run = 0; run < RUNS; run += 1) {
    for (const [site, server] of servers.entries()) {
      for (const [pace, delay] of PACES.entries()) {
        runs[site]![pace]!.push(await timeOnce(browser, server.origin, delay));
      }
    }
  }
  await browser.close();
  const cell = (timings: Timing[], pick: (timing: Timing) => number) => {
    const values = timings.map(pick);
    return `${median(values)} (${Math.min(...values)}–${Math.max(...values)})`;
  };
  const rows = sites.flatMap((site, index) =>
    PACES.flatMap((delay, pace) => {
      const timings = runs[index]![pace]!;
      const typed = delay === 0 ? 'typed at once' : `typed ${delay} ms a key`;
      return [
        [
          `${site.label}, ${typed}`,
          cell(timings, (timing) => timing.typing),
          cell(timings, (timing) => timing.pagefindBox),
          cell(timings, (timing) => timing.firstResult),
        ],
      ];
    }),
  );
  recordTable({
    name: 'search-timing',
    command: `npm run search-timing${baseline ? ' -- --baseline <eager build>' : ''}`,
    header: [
      'Milliseconds from pressing "/" on a loaded chapter, 4× CPU slowdown',
      'A box takes typing',
      "Pagefind's box has focus",
      `First result for "${QUERY}"`,
    ],
    rows,
    footer: `Median (min–max) of ${RUNS} cold page loads of ${PAGE} each. Pagefind searches 300 ms after the last key.`,
  });
} finally {
  for (const server of servers) server.stop();
}
