// What a page fetches, for the tests that check a part loads only when it is first needed
// (search, Listen's player, grading, the late parts of a chapter).
import type { Page } from '@playwright/test';

/** Every URL the page requests from now on, in order. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Every script the page fetches from now on, by its file name without the build hash. */
export function scriptsFetched(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    names.push(file.split('.')[0]!);
  });
  return names;
}

/**
 * Scrolls to the bottom of the page in steps, as a reader does, so every `client:visible` island
 * hydrates, then waits for the network.
 */
export async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForLoadState('networkidle');
}
