// Times opening search for the first time, the way a learner does it: on a chapter that has
// finished loading, press "/" and type a word at once. Under a 4× CPU slowdown (Lighthouse's
// mobile setting) it records, from the key press, when a box that takes typing has focus, when
// Pagefind's own box has it, and when the first result shows. Prints the median of several cold
// page loads.
//
//   npm run search-timing                        the built site (dist/)
//   npm run search-timing -- --write             also record the table in BENCHMARKS.md
//   DIST_DIR=/tmp/other npm run search-timing    another build, e.g. the eager one, to compare
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/browser.ts';
import { recordTable } from './support/results-table.ts';
import { startServer } from './support/server.ts';

const PORT = 4334;
const PAGE = '/foundations/what-is-fine-tuning/';
const QUERY = 'lora';
const RUNS = 7;
const CPU_SLOWDOWN = 4;

interface Timing {
  /** A text box in the dialog has focus and keeps what is typed. */
  typing: number;
  /** Pagefind's own search box has focus. */
  pagefindBox: number;
  /** The first result is on screen. */
  firstResult: number;
}

async function timeOnce(browser: Browser, origin: string): Promise<Timing> {
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
    await page.keyboard.type(QUERY);
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

const server = await startServer(PORT);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs: Timing[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await timeOnce(browser, server.origin));
  await browser.close();
  const row = (label: string, pick: (timing: Timing) => number) => {
    const values = runs.map(pick);
    return [label, `${median(values)}`, `${Math.min(...values)}–${Math.max(...values)}`];
  };
  recordTable({
    name: 'search-timing',
    command: 'npm run search-timing',
    header: ['From pressing "/" on a loaded chapter, 4× CPU slowdown', 'Median (ms)', 'Range (ms)'],
    rows: [
      row('A search box has focus and takes typing', (timing) => timing.typing),
      row("Pagefind's box has focus", (timing) => timing.pagefindBox),
      row(`First result for "${QUERY}", typed at once`, (timing) => timing.firstResult),
    ],
    footer: `${RUNS} cold page loads of ${PAGE}. Pagefind waits ${300} ms after the last key before it searches.`,
  });
} finally {
  server.stop();
}
