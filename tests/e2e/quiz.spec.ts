import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { QuizSection, type QuestionBlock } from './pages/quiz-section';
import { answerKeys } from './support/answers';
import { axeViolations } from './support/axe';

// The first chapter's first question drives most tests; its key comes from the frontmatter.
const key = answerKeys.find((each) => each.kind === 'choice')!;
const chapterPath = `${key.chapterId}/`;
const [rightText] = key.right as [string];
const [wrongText, otherWrongText] = key.wrong as [string, string];
const numeric = answerKeys.find((each) => each.kind === 'numeric')!;

/** Moves the radio selection with arrow keys until `text` is picked. */
async function pickWithKeyboard(page: Page, block: QuestionBlock, text: string) {
  const count = await block.options().count();
  for (let step = 0; step < count && !(await block.option(text).isChecked()); step += 1) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(block.option(text)).toBeChecked();
}

test('a learner answers wrong, reads the hint, then right, with the keyboard only: scored after a hint @smoke', async ({
  page,
  quiz,
}) => {
  await page.goto(chapterPath);
  await quiz.ready();
  const first = quiz.question(1);
  await first.options().first().focus();
  await page.keyboard.press('Space');
  await pickWithKeyboard(page, first, wrongText);
  await page.keyboard.press('Tab');
  await expect(first.check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first.result).toHaveText(/^Not quite\. You have one more try\./);
  await expect(first.result).toBeFocused();
  await expect(first.group.getByText('Your answer: incorrect.')).toBeVisible();
  // The right answer stays hidden until the attempt ends.
  await expect(first.group.getByText('Correct answer you did not pick.')).toHaveCount(0);

  // The verdict sits below the buttons, so the way back to the options passes Show answer and Check.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(first.option(wrongText)).toBeFocused();
  await pickWithKeyboard(page, first, rightText);
  await page.keyboard.press('Tab');
  await expect(first.check).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first.result).toHaveText(/^Right on your second try\./);
  await expect(quiz.score).toContainText('0 right first time, 1 more after a hint');
});

test('two wrong tries reveal the answer, which never counts as right', async ({ page, quiz }) => {
  await page.goto(chapterPath);
  await quiz.ready();
  const first = quiz.question(1);
  await first.option(wrongText).check();
  await first.check.click();
  await first.option(otherWrongText).check();
  await first.check.click();
  await expect(first.result).toHaveText(/^Not right this time\./);
  await expect(first.group.getByText('Correct answer you did not pick.')).toBeVisible();
  await expect(first.check).toHaveCount(0);
  await expect(quiz.score).toContainText(/1 of \d+ answered: 0 right first time/);

  await page.reload();
  await quiz.ready();
  await expect(quiz.question(1).result).toHaveText(/^Not right this time\./);
});

test('a numeric question is answered with the keyboard, in the learner’s own number format', async ({
  page,
  quiz,
}) => {
  await page.goto(`${numeric.chapterId}/`);
  await quiz.ready();
  const block = quiz.region.getByRole('group').filter({ hasText: numeric.prompt.slice(0, 40) });
  const box = block.getByRole('textbox', { name: 'Your answer' });
  await box.focus();
  await page.keyboard.type('lots');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(quiz.region.getByText('Type a number, such as 187.5, 1,000 or 1e3.')).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  expect(await axeViolations(page)).toEqual([]);
  await box.fill('');
  await page.keyboard.type(String(numeric.value).replace('.', ','));
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(quiz.region.getByText('Right, first time.')).toBeVisible();
  await expect(quiz.region.getByText(/^Answer: /).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a saved attempt is restored after a reload', async ({ page, quiz }) => {
  await page.goto(chapterPath);
  await quiz.ready();
  const first = quiz.question(1);
  await first.option(rightText).check();
  await first.check.click();
  await expect(first.result).toHaveText(/^Right, first time\./);
  await page.reload();
  await quiz.ready();
  await expect(first.option(rightText)).toBeChecked();
  await expect(first.result).toHaveText(/^Right, first time\./);
});

test('the score and Reset cover the whole set, and Reset can be undone', async ({ page, quiz }) => {
  await page.goto(chapterPath);
  await quiz.ready();
  const first = quiz.question(1);
  await first.showAnswer.click();
  await expect(first.result).toHaveText(/^Here is the answer\./);
  await expect(quiz.score).toContainText(/1 of \d+ answered: 0 right first time/);
  await quiz.reset.click();
  await expect(quiz.score).toContainText(/0 of \d+ answered/);
  await expect(first.check).toBeVisible();
  await quiz.region.getByRole('button', { name: 'Undo' }).click();
  await expect(quiz.score).toContainText(/1 of \d+ answered: 0 right first time/);
});

test('when Undo cannot load (offline), Reset changes nothing and says why', async ({
  page,
  quiz,
}) => {
  await page.route(/\/UndoMessage\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto(chapterPath);
  await quiz.ready();
  await quiz.question(1).answer(key, 'right');
  await expect(quiz.score).toContainText(/1 of \d+ answered: 1 right first time/);
  await quiz.reset.click();
  await expect(quiz.region.getByText(/^Nothing was reset: Undo could not load/)).toBeVisible();
  await expect(quiz.score).toContainText(/1 of \d+ answered: 1 right first time/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the questions and a "Show answer" disclosure are readable', async ({ page, quiz }) => {
    await page.goto(chapterPath);
    await expect(quiz.region.getByText(key.prompt)).toBeVisible();
    const disclosure = quiz.region.getByText('Show answer').first();
    await disclosure.click();
    await expect(quiz.region.getByText(`Correct: ${rightText}`).first()).toBeVisible();
  });
});

test('axe finds no violations on a chapter quiz before answering, mid-attempt and after', async ({
  page,
  quiz,
}) => {
  // Three axe runs over a whole chapter: about 10 s on a quiet machine, past 30 s on a busy one.
  test.setTimeout(60_000);
  await page.goto(chapterPath);
  await quiz.ready();
  expect(await axeViolations(page)).toEqual([]);
  const first = quiz.question(1);
  await first.option(wrongText).check();
  await first.check.click();
  await expect(first.result).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await first.showAnswer.click();
  await expect(first.result).toHaveText(/^Here is the answer\./);
  expect(await axeViolations(page)).toEqual([]);
});

test('an answer given in one tab shows up in another open tab', async ({ context }) => {
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(chapterPath);
    await new QuizSection(page).ready();
  }
  const here = new QuizSection(first).question(1);
  await here.option(rightText).check();
  await here.check.click();
  await expect(new QuizSection(second).question(1).result).toHaveText(/^Right, first time\./);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the verdict shows where Check was pressed, and explanations read at body size', async ({
    page,
    quiz,
  }) => {
    await page.goto(chapterPath);
    await quiz.ready();
    const first = quiz.question(1);
    await first.option(wrongText).check();
    await first.check.click();
    await expect(first.result).toBeInViewport();
    const [button, verdict] = [await first.check.boundingBox(), await first.result.boundingBox()];
    // Directly under the button, not above it behind the explanations that just opened.
    expect(verdict!.y - (button!.y + button!.height)).toBeGreaterThanOrEqual(0);
    expect(verdict!.y - (button!.y + button!.height)).toBeLessThan(80);
    const sizes = await first.group.evaluate((group) => {
      const why = group.closest('.quiz-question')?.querySelector('.quiz-option__why');
      const body = document.querySelector('.sl-markdown-content p');
      return [why, body].map((element) => (element ? getComputedStyle(element).fontSize : ''));
    });
    expect(sizes[0]).not.toBe('');
    expect(sizes[0]).toBe(sizes[1]);
  });
});
