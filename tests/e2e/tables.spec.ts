// Wide tables on a phone: each scrolls inside a region the keyboard can reach, named after the
// heading above it (src/course/tables.ts), so axe's scrollable-region-focusable finds nothing.
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from './fixtures';

const PAGES_WITH_WIDE_TABLES = [
  'responsible/challenges/',
  'workflow/preparing-data/',
  'workflow/worked-example/',
];

test.use({ viewport: { width: 375, height: 800 } });

for (const path of PAGES_WITH_WIDE_TABLES) {
  test(`at 375 px every scroll region on /${path} can take focus`, async ({ page }) => {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page })
      .withRules(['scrollable-region-focusable'])
      .analyze();
    expect(violations.flatMap((violation) => violation.nodes.map((node) => node.target))).toEqual(
      [],
    );
  });
}

test('at 375 px a wide table is reached with Tab, named, outlined and scrolled with arrows', async ({
  page,
  chapterPage,
}) => {
  const heading = 'Comparing the four kinds';
  await chapterPage.goto('responsible/challenges/');
  const table = chapterPage.tableUnder(heading);
  await expect(table).toHaveAccessibleName(`Table: ${heading}`);
  // It is wider than the phone, so it really is a scroll region.
  expect(await table.evaluate((region) => region.scrollWidth > region.clientWidth)).toBe(true);

  await chapterPage.sectionLink(heading).focus();
  for (
    let presses = 0;
    presses < 10 && !(await table.evaluate((region) => region === document.activeElement));
    presses += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(table).toBeFocused();
  expect(await table.evaluate((region) => getComputedStyle(region).outlineStyle)).toBe('solid');

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => table.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
});
