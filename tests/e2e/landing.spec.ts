import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';

test('the landing page links to every chapter @smoke', async ({ landing }) => {
  await landing.goto();
  for (const chapter of loadChapters()) {
    await expect(landing.chapterLink(chapter.data.title)).toHaveAttribute(
      'href',
      new RegExp(`/${chapter.id}/$`),
    );
  }
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the landing page has the site menu and the theme switch', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Menu' }).click();
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menu.getByRole('link', { name: /^Practice test/ })).toBeVisible();
    await expect(menu.getByRole('link', { name: /^Your progress/ })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Select theme' })).toBeVisible();
  });
});

test('the landing page’s lines stay near 70 characters on a laptop', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const [width, fontSize] = await page
    .getByRole('main')
    .locator('p')
    .first()
    .evaluate((element) => [
      element.getBoundingClientRect().width,
      parseFloat(getComputedStyle(element).fontSize),
    ]);
  // An average character is about half an em wide; 80 characters at most.
  expect(width / (fontSize * 0.5)).toBeLessThanOrEqual(80);
});
