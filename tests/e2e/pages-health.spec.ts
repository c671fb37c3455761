import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

const paths = sitemapPaths();

test('the sitemap lists the landing page, the glossary and ten chapters', () => {
  expect(paths).toContain('');
  expect(paths).toContain('glossary/');
  expect(paths.length).toBeGreaterThanOrEqual(12);
});

for (const path of paths) {
  test(`/${path} logs no console error, loads every resource and fits a 375-px screen`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scroll in px').toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
  });
}
