// The Content Security Policy that ships with the built files: a script injected into a page
// (as if a sanitiser had failed) is blocked and reported, while the page's own islands, theme
// switch and search keep working.
import { expect, test } from './fixtures';

const CHAPTER = 'foundations/what-is-fine-tuning/';
const INJECTED = [
  '<script>window.__injectedScript = true;</script>',
  '<img src="/does-not-exist.png" alt="" onerror="window.__injectedHandler = true">',
].join('');

test('every page carries its policy, and the headers a meta tag cannot set', async ({
  page,
  request,
}) => {
  await page.goto(CHAPTER);
  const meta = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .getAttribute('content');
  expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(meta).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(meta).toMatch(/object-src 'none'/);

  const headers = (await request.get(CHAPTER)).headers();
  expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('the local server answers only GET and HEAD @smoke', async ({ request }) => {
  expect((await request.head(CHAPTER)).status()).toBe(200);
  const post = await request.post(CHAPTER, { data: 'x' });
  expect(post.status()).toBe(405);
  expect(post.headers().allow).toBe('GET, HEAD');
});

test('an injected script and event handler are blocked and reported; the page still works @smoke', async ({
  page,
  quiz,
  search,
}) => {
  await page.addInitScript(() => {
    const log: string[] = [];
    Object.assign(window, { __violations: log });
    document.addEventListener('securitypolicyviolation', (event) =>
      log.push(event.effectiveDirective),
    );
  });
  await page.route(`**/${CHAPTER}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</main>', `${INJECTED}</main>`);
    await route.fulfill({ response, body: html });
  });
  await page.goto(CHAPTER);
  await page.waitForLoadState('networkidle');

  const state = await page.evaluate(() => ({
    script: '__injectedScript' in window,
    handler: '__injectedHandler' in window,
    violations: (window as unknown as { __violations: string[] }).__violations,
  }));
  expect(state.script).toBe(false);
  expect(state.handler).toBe(false);
  expect(state.violations).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr']));

  // The page's own script still runs: a quiz island, the theme switch and search.
  await quiz.ready();
  const question = quiz.question(1);
  await question.options().first().check();
  await question.check.click();
  await expect(question.result).toBeVisible();

  await page
    .getByRole('combobox', { name: 'Select theme' })
    .filter({ visible: true })
    .selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await search.search('overfitting');
  await expect(search.results().first()).toBeVisible();
});
