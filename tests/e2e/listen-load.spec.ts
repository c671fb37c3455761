// Listen (issue 15): where its bar shows, that the player loads on the first press and not
// before, that nothing moves, and axe on the open player. Playing: listen.spec.ts.
import { expect, test } from './fixtures';
import { axeViolations } from './support/axe';
import { layoutShifts, watchLayoutShifts } from './support/layout-shifts';
import { recordRequests, scrollThrough } from './support/requests';
import { installSpeechStub } from './support/speech';

const CHAPTER = 'foundations/what-is-fine-tuning/';
/** The player's own code, which loads on the first press (src/scripts/listen-player.ts). */
const PLAYER = /\/_astro\/listen-player\.[^/]*\.js$/;

test.describe('with a voice', () => {
  test.beforeEach(async ({ page }) => {
    await installSpeechStub(page);
  });

  test('nothing of the player is requested before the first press, and nothing leaves the site', async ({
    page,
    listen,
  }) => {
    const requests = recordRequests(page);
    await page.goto(CHAPTER);
    await scrollThrough(page);
    expect(requests.filter((url) => PLAYER.test(url))).toEqual([]);
    await listen.start();
    expect(requests.filter((url) => PLAYER.test(url))).toHaveLength(1);
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });

  test('a player that cannot load says so and loads on retry', async ({ page, listen }) => {
    await page.goto(CHAPTER);
    await page.route(PLAYER, (route) => route.abort('internetdisconnected'));
    await listen.play.click();
    await expect(listen.status).toHaveText(
      'Listen could not load. Check your connection, then try again.',
    );
    await expect(listen.status).toBeVisible();
    await page.unroute(PLAYER);
    await listen.bar.getByRole('button', { name: 'Try again' }).click();
    await expect(listen.status).toHaveText(/^Playing/);
    await expect(listen.bar.getByRole('button', { name: 'Try again' })).toBeHidden();
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`the player passes axe at ${width} px, ${theme} theme`, async ({ page, listen }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
        await page.goto(CHAPTER);
        await listen.start();
        await listen.finish(4);
        await expect(listen.panel).toBeVisible();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }
});

test('Listen is hidden where no voice speaks the page’s language', async ({ page, listen }) => {
  await installSpeechStub(page, { voices: [{ name: 'Anna', lang: 'de-DE' }] });
  await page.goto(CHAPTER);
  await expect(listen.bar).toBeHidden();
});

test('Listen is hidden where no voice ever arrives', async ({ page, listen }) => {
  await installSpeechStub(page, { voices: [], voicesAfterMs: 60_000 });
  await page.goto(CHAPTER);
  await expect(listen.play).toBeEnabled();
  await expect(listen.bar).toBeHidden({ timeout: 5000 });
});

test('Listen stays while voices load late, and works once they arrive', async ({
  page,
  listen,
}) => {
  await installSpeechStub(page, { voicesAfterMs: 1500 });
  await page.goto(CHAPTER);
  await expect(listen.play).toBeVisible();
  await page.waitForTimeout(2000);
  await expect(listen.play).toBeVisible();
  await listen.start();
  await expect(listen.voice).toHaveValue('stub:Test Voice');
});

test('Listen is hidden, before it is ever painted, without speech synthesis', async ({
  page,
  listen,
}) => {
  await installSpeechStub(page, { missing: true });
  await page.goto(CHAPTER);
  await expect(page.locator('listen-control')).toHaveAttribute('hidden', '');
  await expect(listen.bar).toBeHidden();
});

test('nothing under the title moves when "Resume from …" appears or Listen hides', async ({
  page,
  listen,
}) => {
  await installSpeechStub(page, { voices: [], voicesAfterMs: 60_000 });
  await page.addInitScript(() => {
    const position = { section: 'tokens', sentence: 0, title: 'Tokens', at: 1 };
    localStorage.setItem(
      'fine-tuning-course:listen-positions',
      JSON.stringify({ 'foundations/what-is-fine-tuning': position }),
    );
  });
  await watchLayoutShifts(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(CHAPTER);
  await expect(listen.resume('Tokens')).toBeAttached();
  // No voice arrives: the bar hides (keeping its line) once the wait is over.
  await expect(listen.bar).toBeHidden({ timeout: 5000 });
  expect(await layoutShifts(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Listen, which cannot work, is not shown', async ({ page, listen }) => {
    await page.goto(CHAPTER);
    await expect(page.locator('listen-control')).toHaveCount(1);
    await expect(listen.bar).toBeHidden();
  });
});

test('Listen is only on chapters', async ({ page, listen }) => {
  await installSpeechStub(page);
  await page.goto('glossary/');
  await expect(listen.bar).toHaveCount(0);
});
