// Layout shifts inside the page's <main>, for the tests that promise nothing on screen moves.
// Starlight's chrome, before the first frame settles, sometimes reports a 1 px sidebar line going
// away; that is neither the page's content nor ours, so only shifts of nodes in <main> count.
import type { Page } from '@playwright/test';

/** Starts recording before the page loads; call before `goto`. */
export async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    type Shift = { value: number; sources?: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Shift[]) {
        const main = document.querySelector('main');
        if (entry.sources?.some(({ node }) => node && main?.contains(node))) {
          shifts.push(entry.value);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The shifts recorded so far, each as its layout-shift value. */
export function layoutShifts(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
}
