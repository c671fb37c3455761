import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitemapPaths } from './support/site';
import { axeViolations } from './support/axe';

const THEMES = ['light', 'dark'] as const;

async function open(page: Page, path: string, theme: (typeof THEMES)[number]) {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(path);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const theme of THEMES) {
  for (const path of sitemapPaths()) {
    test(`axe finds nothing on /${path} in the ${theme} theme`, async ({ page }) => {
      await open(page, path, theme);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`axe finds nothing on the practice test after answering, ${theme} theme`, async ({
    page,
    practice,
  }) => {
    await open(page, 'practice/', theme);
    const first = practice.question(0);
    await first.options().first().check();
    await first.check.click();
    await expect(first.result).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe finds nothing on the review page after flipping, ${theme} theme`, async ({
    page,
    review,
  }) => {
    await open(page, 'review/', theme);
    await review.flip.click();
    await expect(review.grades).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe finds nothing on the progress page while confirming a reset and offering undo, ${theme} theme`, async ({
    page,
  }) => {
    await open(page, 'progress/', theme);
    await page.getByRole('button', { name: 'Reset all progress' }).click();
    await expect(page.getByRole('button', { name: 'Yes, reset all progress' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, reset all progress' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
