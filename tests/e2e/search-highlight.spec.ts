import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './support/axe';

// <mark> has no ARIA role Playwright can query, so marks are found by element inside regions
// found by role.
const marks = (within: Locator) => within.locator('mark');
const background = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).backgroundColor);

/** Records the options of every scrollIntoView call, to tell smooth scrolling from a jump. */
async function recordScrolls(page: Page) {
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { scrolls: unknown[] }).scrolls = calls;
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (options?: boolean | ScrollIntoViewOptions) {
      calls.push(options);
      original.call(this, options);
    };
  });
}
const scrolls = (page: Page) =>
  page.evaluate(() => (window as unknown as { scrolls: ScrollIntoViewOptions[] }).scrolls);

for (const theme of ['light', 'dark'] as const) {
  test(`searched words stand out from the objectives box and the asides, ${theme} theme`, async ({
    page,
  }) => {
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    // "customization" is in the objectives, "qualified" in a caution aside.
    await page.goto('foundations/why-fine-tune/?highlight=customization&highlight=qualified');
    const objectives = page.getByRole('region', { name: 'In this chapter you will learn to' });
    const aside = page.getByRole('complementary', { name: 'Caution' });
    await expect(marks(objectives).first()).toHaveText(/customization/i);
    await expect(marks(aside).first()).toHaveText(/qualified/i);
    for (const box of [objectives, aside]) {
      expect(await background(marks(box).first())).not.toBe(await background(box));
    }
    expect(await background(marks(objectives).first())).toBe('rgb(255, 255, 51)');
    // Axe checks the marks' text contrast too.
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('a page-level result scrolls to the first match; a plain visit stays at the top', async ({
  page,
  search,
}) => {
  await page.goto('./');
  await search.search('canary');
  const result = search.results().and(page.locator('[href$="/workflow/deployment/"]'));
  await result.first().click();
  await expect(page).toHaveURL(/\/workflow\/deployment\/\?highlight=canary$/);
  await expect(marks(page.getByRole('main')).first()).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

  await page.goto('workflow/deployment/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the scroll to the first match is smooth, and a jump for reduced motion', async ({ page }) => {
  await recordScrolls(page);
  await page.goto('workflow/deployment/?highlight=canary');
  await expect(marks(page.getByRole('main')).first()).toBeInViewport();
  expect(await scrolls(page)).toEqual([{ block: 'center', behavior: 'smooth' }]);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('workflow/deployment/?highlight=canary');
  await expect(marks(page.getByRole('main')).first()).toBeInViewport();
  expect(await scrolls(page)).toEqual([{ block: 'center', behavior: 'auto' }]);
});
