import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';
import { sitemapPaths } from './support/site';

const paths = sitemapPaths();
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

test('the sitemap lists the landing page, the glossary and every chapter', () => {
  expect(paths).toContain('');
  expect(paths).toContain('glossary/');
  for (const { id } of loadChapters()) expect(paths).toContain(`${id}/`);
});

for (const path of paths) {
  test(`/${path} stays on this site, logs no error, loads every resource and fits 375 px @smoke`, async ({
    page,
    search,
  }) => {
    const errors: string[] = [];
    const external: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && !LOCAL_HOSTS.has(url.hostname)) {
        external.push(request.url());
      }
    });
    await page.setViewportSize({ width: 375, height: 800 });
    const response = await page.goto(path);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scroll in px').toBeLessThanOrEqual(0);

    // Every link within the site stays under the base path (BASE_PATH=/course/ builds).
    const base = process.env.BASE_PATH ?? '/';
    const hrefs = await page
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    const local = hrefs.filter((href) => LOCAL_HOSTS.has(new URL(href).hostname));
    expect(local.filter((href) => !new URL(href).pathname.startsWith(base))).toEqual([]);

    // Use the page: scroll so every island hydrates, then search from it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    await search.search('fine-tuning');
    await expect(search.results().first()).toBeVisible();

    expect(external, 'requests that left the site').toEqual([]);
    expect(errors).toEqual([]);
  });
}
