// What the learner first sees is what they click: options keep the place the server gave them
// through hydration, on a slow phone (4× CPU slowdown), for a first visit and a returning
// learner whose saved progress the island reads as it starts.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answerKeys } from './support/answers';

const key = answerKeys.find((each) => each.kind === 'choice')!;
const chapterUrl = `${key.chapterId}/`;

/** Per question on the page: its prompt, then its option labels in screen order. */
type Orders = string[][];
declare global {
  interface Window {
    orderLog?: { atLoad: Orders | null; changes: Orders[] };
  }
}

/** Records every question's option order when the HTML is parsed, and any change after. */
async function watchOptionOrder(page: Page) {
  await page.addInitScript(() => {
    const read = () =>
      [...document.querySelectorAll('.quiz-question')].map((question) => [
        question.querySelector('.quiz-question__prompt')?.textContent ?? '',
        ...[...question.querySelectorAll('li label')].map((label) => label.textContent ?? ''),
      ]);
    const log = { atLoad: null as Orders | null, changes: [] as Orders[] };
    window.orderLog = log;
    document.addEventListener('DOMContentLoaded', () => {
      log.atLoad = read();
      new MutationObserver(() => {
        const now = read();
        if (JSON.stringify(now) !== JSON.stringify(log.atLoad)) log.changes.push(now);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  });
}

/** The prompts and option order in the HTML the server sends, read without running any script. */
async function serverOrder(page: Page): Promise<Orders> {
  const html = await (await page.request.get(chapterUrl)).text();
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    return [...parsed.querySelectorAll('.quiz-question')].map((question) => [
      question.querySelector('.quiz-question__prompt')?.textContent ?? '',
      ...[...question.querySelectorAll('li label')].map((label) => label.textContent ?? ''),
    ]);
  }, html);
}

async function visitSlowly(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${chapterUrl}#question-${key.id}`);
  // Hydrated: the Check buttons exist only in the interactive island.
  await page.getByRole('button', { name: 'Check' }).first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate(() => window.orderLog!);
}

test('options stay where the server put them through hydration, on a first visit', async ({
  page,
}) => {
  await watchOptionOrder(page);
  await page.goto('/');
  const expected = await serverOrder(page);
  expect(expected.length).toBeGreaterThan(0);

  const log = await visitSlowly(page);
  expect(log.atLoad).toEqual(expected);
  expect(log.changes).toEqual([]);
});

test('options stay where the server put them through hydration, for a returning learner', async ({
  page,
  quiz,
}) => {
  await watchOptionOrder(page);
  await page.goto(chapterUrl);
  await quiz.ready();
  await quiz.question(1).answer(key, 'wrong');
  await expect(quiz.question(1).result).toHaveText(/^Not quite\./);
  const expected = await serverOrder(page);

  const log = await visitSlowly(page);
  expect(log.atLoad).toEqual(expected);
  expect(log.changes).toEqual([]);
  await expect(quiz.question(1).option(key.wrong[0]!)).toBeChecked();
});

test('the practice test shows each question’s options in the order its chapter does', async ({
  page,
  practice,
}) => {
  await page.goto('/');
  const expected = await serverOrder(page);
  await practice.goto();
  // The practice test renders its questions as they come near the screen; render them all.
  await practice.renderFirst(answerKeys.length);
  await expect(practice.questions).toHaveCount(answerKeys.length);
  for (const [prompt, ...labels] of expected) {
    const block = page.locator('.quiz-question').filter({
      has: page.locator('.quiz-question__prompt', { hasText: prompt }),
    });
    expect(await block.locator('li label').allTextContents()).toEqual(labels);
  }
});
