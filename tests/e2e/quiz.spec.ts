import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';
import { QuizSection, type QuestionBlock } from './pages/quiz-section';
import { axeViolations } from './support/axe';

// The first chapter's first question drives these tests; its answer key comes from the
// chapter's own frontmatter, so editing the question cannot make the test lie.
const chapter = loadChapters().find((each) => Array.isArray(each.data.quiz))!;
const question = (
  chapter.data.quiz as { prompt: string; options: { text: string; correct?: boolean }[] }[]
)[0]!;
const rightText = question.options.find((option) => option.correct)!.text;
const wrongText = question.options.find((option) => !option.correct)!.text;

/** Moves the radio selection with arrow keys until `text` is picked. */
async function pickWithKeyboard(page: Page, block: QuestionBlock, text: string) {
  const count = await block.options().count();
  for (let step = 0; step < count && !(await block.option(text).isChecked()); step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(block.option(text)).toBeChecked();
}

test('a learner answers wrong, then right, with the keyboard only @smoke', async ({
  page,
  quiz,
}) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  const first = quiz.question(1);
  await first.options().first().focus();
  await page.keyboard.press('Space');
  await pickWithKeyboard(page, first, wrongText);
  await page.keyboard.press('Tab');
  await expect(first.check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first.result).toHaveText(/^Not quite\./);
  await expect(first.result).toBeFocused();
  await expect(first.group.getByText('Your answer: incorrect.')).toBeVisible();
  await expect(first.group.getByText('Correct answer you did not pick.')).toBeVisible();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: /^Review: / }).first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first.tryAgain).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first.options().first()).toBeFocused();

  await page.keyboard.press('Space');
  await pickWithKeyboard(page, first, rightText);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(first.result).toHaveText(/^Correct!/);
});

test('a saved answer is restored after a reload', async ({ page, quiz }) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  const first = quiz.question(1);
  await first.option(rightText).check();
  await first.check.click();
  await expect(first.result).toHaveText(/^Correct!/);
  await page.reload();
  await expect(first.option(rightText)).toBeChecked();
  await expect(first.result).toHaveText(/^Correct!/);
});

test('the score and Reset cover the whole set', async ({ page, quiz }) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  const first = quiz.question(1);
  await first.option(wrongText).check();
  await first.check.click();
  await expect(quiz.score).toContainText(/1 of \d+ answered, 0 correct/);
  await quiz.reset.click();
  await expect(quiz.score).toContainText(/0 of \d+ answered/);
  await expect(first.option(wrongText)).not.toBeChecked();
  await quiz.region.getByRole('button', { name: 'Undo' }).click();
  await expect(quiz.score).toContainText(/1 of \d+ answered, 0 correct/);
  await expect(first.option(wrongText)).toBeChecked();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions and a "Show answer" disclosure are readable', async ({ page, quiz }) => {
    await page.goto(`${chapter.id}/`);
    await expect(quiz.region.getByText(question.prompt.replace(/[`*_]/g, ''))).toBeVisible();
    const disclosure = quiz.region.getByText('Show answer').first();
    await disclosure.click();
    await expect(quiz.region.getByText(`Correct: ${rightText}`).first()).toBeVisible();
  });
});

test('axe finds no violations on a chapter quiz, before and after answering', async ({
  page,
  quiz,
}) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  const first = quiz.question(1);
  expect(await axeViolations(page)).toEqual([]);
  await first.option(wrongText).check();
  await first.check.click();
  await expect(first.result).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an answer given in one tab shows up in another open tab', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(`${chapter.id}/`);
    await new QuizSection(page).ready();
  }
  const here = new QuizSection(first).question(1);
  await here.option(rightText).check();
  await here.check.click();
  await expect(new QuizSection(second).question(1).result).toHaveText(/^Correct!/);
});
