import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitemapPaths } from './support/site';
import { axeViolations } from './support/axe';
import { answerKeys, keyFor } from './support/answers';

const choice = answerKeys.find((key) => key.kind === 'choice')!;
const numeric = answerKeys.find((key) => key.kind === 'numeric')!;

const THEMES = ['light', 'dark'] as const;

async function open(page: Page, path: string, theme: (typeof THEMES)[number]) {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(path);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

const WIDTHS = [
  { name: 'phone', viewport: { width: 375, height: 667 } },
  { name: 'laptop', viewport: { width: 1280, height: 800 } },
] as const;

for (const { name, viewport } of WIDTHS) {
  test.describe(`at ${name} width`, () => {
    test.use({ viewport });
    // axe walks every node; the practice test renders all of the course's questions.
    test.describe.configure({ timeout: 60_000 });
    for (const theme of THEMES) {
      for (const path of sitemapPaths()) {
        test(`axe finds nothing on /${path} in the ${theme} theme`, async ({ page }) => {
          await open(page, path, theme);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  });
}

for (const theme of THEMES) {
  // Each test runs axe on whole pages more than once: about 10 s on a quiet machine, and past
  // 30 s when other work shares its two cores.
  test.describe.configure({ timeout: 60_000 });
  test(`axe finds nothing on the practice test after answering, ${theme} theme`, async ({
    page,
    practice,
  }) => {
    await open(page, 'practice/', theme);
    // open() scrolled to the bottom. If the questions' gaps were laid out but not yet seen by
    // the island at that moment, only the last questions render: go back up to the first.
    await practice.renderFirst(1);
    const first = practice.question(0);
    await first.answer(keyFor((await first.group.textContent()) ?? ''), 'wrong');
    await expect(first.result).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });

  test(`axe finds nothing on quiz questions waiting for a second try, revealed, and with input that is not a number, ${theme} theme`, async ({
    page,
    quiz,
  }) => {
    await open(page, `${choice.chapterId}/`, theme);
    await quiz.ready();
    await quiz.question(1).answer(choice, 'wrong');
    await quiz.question(2).showAnswer.click();
    await expect(quiz.question(2).result).toHaveText(/^Here is the answer\./);
    expect(await axeViolations(page)).toEqual([]);

    await open(page, `${numeric.chapterId}/#question-${numeric.id}`, theme);
    await quiz.ready();
    const box = quiz.region.getByRole('textbox', { name: 'Your answer' }).first();
    await box.fill('about ten');
    await box.press('Tab');
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('aria-invalid', 'true');
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
