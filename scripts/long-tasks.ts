// Long tasks at load, counted the way Lighthouse's default (simulated) mobile run counts them:
// each main-thread task's CPU time, multiplied by Lighthouse's 4× CPU slowdown. The script
// records a Chrome trace of the page in a phone-sized viewport and prints, for each run, the
// longest task, how many take over 50 ms, and the total blocking time after first contentful
// paint (each task's time beyond 50 ms, as Lighthouse counts it), then the median of the runs.
// It measures; it never fails.
//
//   node scripts/long-tasks.ts [--port 4334] [--runs 3] [--scroll] /practice/ /review/ …
//
// Why CPU time and not a PerformanceObserver for 'longtask' under
// `Emulation.setCPUThrottlingRate`: wall-clock tasks also count the time other processes hold
// the CPU, so on a shared machine the same page measured 90 ms or 550 ms. A thread's CPU time
// does not depend on its neighbours. --scroll also scrolls to the end once the page is quiet,
// as a touch screen does (no pointer hovering), and reports the tasks that scrolling caused.
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/browser.ts';
import { startServer } from './support/server.ts';

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const PORT = Number(argument('--port', '4334'));
const RUNS = Number(argument('--runs', '3'));
const SCROLL = process.argv.includes('--scroll');
const flagValues = new Set(['--port', '--runs'].map((flag) => argument(flag, '')));
const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/') && !flagValues.has(arg));
/** Lighthouse's mobile CPU slowdown and its long-task threshold. */
const SLOWDOWN = 4;
const LONG_MS = 50;
const QUIET_MS = 3_000;
const SCROLL_MARK = 'long-tasks:scroll';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

interface Figures {
  longest: number;
  count: number;
  blocking: number;
}

function figures(tasks: { ts: number; ms: number }[], from: number, until: number): Figures {
  const inside = tasks.filter((task) => task.ts >= from && task.ts < until);
  return {
    longest: Math.max(0, ...inside.map((task) => task.ms)),
    count: inside.filter((task) => task.ms > LONG_MS).length,
    blocking: inside.reduce((sum, task) => sum + Math.max(0, task.ms - LONG_MS), 0),
  };
}

/** The page's main-thread tasks (their CPU time × the slowdown), its first paint, the mark. */
function readTrace(buffer: Buffer) {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const paint = events.find((event) => event.name === 'firstContentfulPaint');
  if (!paint) throw new Error('The trace has no first contentful paint: did the page load?');
  const main = events.find(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      event.pid === paint.pid,
  );
  const tasks = events
    .filter(
      (event) => event.name === 'RunTask' && event.pid === paint.pid && event.tid === main?.tid,
    )
    .map((event) => ({ ts: event.ts, ms: ((event.tdur ?? event.dur ?? 0) / 1000) * SLOWDOWN }));
  const mark = events.find((event) => event.name === SCROLL_MARK)?.ts ?? Infinity;
  return { tasks, paint: paint.ts, mark };
}

async function waitUntilQuiet(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForTimeout(QUIET_MS);
}

async function scrollToEnd(page: Page) {
  await page.evaluate((mark) => performance.mark(mark), SCROLL_MARK);
  for (;;) {
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, 600);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    if (atEnd) break;
    await page.waitForTimeout(250);
  }
  await page.waitForTimeout(QUIET_MS);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const show = ({ longest, count, blocking }: Figures) =>
  `longest ${longest.toFixed(0)} ms, ${count} over ${LONG_MS} ms, blocking ${blocking.toFixed(0)} ms`;
const medians = (all: Figures[]): Figures => ({
  longest: median(all.map((each) => each.longest)),
  count: median(all.map((each) => each.count)),
  blocking: median(all.map((each) => each.blocking)),
});

if (paths.length === 0) {
  console.error('Name the pages to measure, e.g. `node scripts/long-tasks.ts /practice/`.');
  process.exit(1);
}
const server = await startServer(PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const path of paths) {
    const loads: Figures[] = [];
    const scrolls: Figures[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // Lighthouse's mobile device: a Moto G Power sized screen.
      const context = await browser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'loading',
          'blink.user_timing',
        ],
      });
      await page.goto(`${server.origin}${path}`);
      await waitUntilQuiet(page);
      if (SCROLL) await scrollToEnd(page);
      const { tasks, paint, mark } = readTrace(await browser.stopTracing());
      // Lighthouse counts blocking time from the first contentful paint; the longest task and
      // the count take in the whole load.
      const load = { ...figures(tasks, 0, mark), blocking: figures(tasks, paint, mark).blocking };
      loads.push(load);
      let line = `${path} run ${run + 1}: load ${show(load)}`;
      if (SCROLL) {
        scrolls.push(figures(tasks, mark, Infinity));
        line += `; scrolling ${show(scrolls.at(-1)!)}`;
      }
      console.log(line);
      await context.close();
    }
    console.log(`${path} median of ${RUNS}: load ${show(medians(loads))}`);
    if (SCROLL) console.log(`${path} median of ${RUNS}: scrolling ${show(medians(scrolls))}`);
  }
} finally {
  await browser.close();
  server.stop();
}
