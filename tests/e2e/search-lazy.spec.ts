// Pagefind's UI loads on the first open of search, not with the page (issue 14), and every way of
// opening search still gets a working box on a cold page.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './support/axe';
import { recordRequests, scrollThrough } from './support/requests';

const CHAPTER = 'foundations/what-is-fine-tuning/';
/** Pagefind's own files, and the chunk and CSS that carry its UI. */
const SEARCH_FILES = /\/pagefind\/|\/_astro\/search-(ui|results)\./;
const isSearchFile = (url: string) => SEARCH_FILES.test(url);

const openings: Record<string, (page: Page) => Promise<void>> = {
  'a click': (page) => page.getByRole('button', { name: 'Search' }).click(),
  'Ctrl+K': (page) => page.keyboard.press('Control+k'),
  '"/"': (page) => page.keyboard.press('/'),
};

for (const [way, open] of Object.entries(openings)) {
  test(`search opened by ${way} on a cold page finds results`, async ({ page, search }) => {
    await page.goto(CHAPTER);
    await expect(search.openButton).toBeEnabled();
    await open(page);
    await expect(search.input).toBeFocused();
    await page.keyboard.type('lora');
    await expect(search.resultsMessage('lora')).toBeVisible();
    await expect(search.results().first()).toBeVisible();
    // A native modal dialog: Escape closes it and focus goes back where it was.
    await page.keyboard.press('Escape');
    await expect(search.dialog).toBeHidden();
    if (way === 'a click') await expect(search.openButton).toBeFocused();
  });
}

test('no Pagefind script or CSS is requested before search is first opened', async ({
  page,
  search,
}) => {
  const requests = recordRequests(page);
  await page.goto(CHAPTER);
  // Read the whole chapter, so every island hydrates, and let idle-time work run.
  await scrollThrough(page);
  await page.waitForTimeout(500);
  expect(requests.filter(isSearchFile)).toEqual([]);

  await search.search('lora');
  await expect(search.resultsMessage('lora')).toBeVisible();
  expect(requests.filter(isSearchFile).length).toBeGreaterThan(0);
});

test('words typed while the search UI loads are kept and searched', async ({ page, search }) => {
  // Hold the UI's chunk back, as a slow phone connection would.
  await page.route(/\/_astro\/search-ui\.[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(CHAPTER);
  await expect(search.openButton).toBeEnabled();
  await page.keyboard.press('/');
  await page.keyboard.type('lora');
  await expect(search.input).toHaveValue('lora');
  await expect(search.resultsMessage('lora')).toBeVisible();
  await expect(search.input).toBeFocused();
  await expect(search.dialog.getByRole('textbox')).toHaveCount(1);
});

test('search that cannot load says so and loads on retry', async ({ page, search }) => {
  await page.goto(CHAPTER);
  // Offline after the page loaded: Pagefind's files cannot be fetched.
  await page.route(SEARCH_FILES, (route) => route.abort('internetdisconnected'));
  await search.openButton.click();
  await expect(search.dialog.getByRole('status')).toHaveText(
    'Search could not load. Check your connection, then try again.',
  );
  const retry = search.dialog.getByRole('button', { name: 'Try again' });
  await expect(retry).toBeVisible();

  await page.unroute(SEARCH_FILES);
  await retry.click();
  await expect(retry).toBeHidden();
  await expect(search.dialog.getByText('Search could not load')).toBeHidden();
  await search.input.fill('lora');
  await expect(search.resultsMessage('lora')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`the search dialog with results passes axe at ${width} px, ${theme} theme`, async ({
      page,
      search,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      await page.goto(CHAPTER);
      await search.search('lora');
      await expect(search.results().first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
