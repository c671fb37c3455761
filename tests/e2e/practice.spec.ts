import { expect, test } from './fixtures';
import type { PracticePage } from './pages/practice-page';
import { answerKeys, keyFor } from './support/answers';
import { axeViolations } from './support/axe';
import { layoutShifts, watchLayoutShifts } from './support/layout-shifts';

const total = answerKeys.length;

/** The n-th question of the run on screen, with its answer key. */
async function nth(practice: PracticePage, index: number) {
  const block = practice.question(index);
  return { block, key: keyFor((await block.group.textContent()) ?? '') };
}

test('the practice test scores only first tries, shows the score at any point, and breaks it down by chapter', async ({
  page,
  practice,
}) => {
  // Answers every question in the course, one Check at a time.
  test.setTimeout(40_000 + total * 1_000);
  await practice.goto();
  await expect(practice.running).toContainText(`0 of ${total} answered`);
  await expect(practice.score).toHaveText(
    `So far: 0 of ${total} right first time, with ${total} still to answer.`,
  );

  for (let index = 0; index < total; index += 1) {
    // Each question renders before the learner reaches it: the one after the last answered is
    // always there, without scrolling to it first.
    const { block, key } = await nth(practice, index);
    if (index === 0) {
      // Wrong twice: the answer shows, and it is not counted.
      await block.answer(key, 'wrong', 0);
      await block.answer(key, 'wrong', 1);
    } else if (index === 1) {
      // Wrong, then right after the hint: counted apart from first-time answers.
      await block.answer(key, 'wrong');
      await block.answer(key, 'right');
    } else {
      await block.answer(key, 'right');
    }
  }

  await expect(practice.score).toHaveText(
    `${total - 2} of ${total} right first time, 1 more after a hint.`,
  );
  // The running count stays on screen at the bottom of a long page.
  await expect(practice.running).toBeInViewport();
  await expect(practice.running).toContainText(`${total} of ${total} answered`);

  const chapters = [...new Set(answerKeys.map((key) => key.chapter))];
  const rows = practice.breakdown.getByRole('row');
  await expect(rows).toHaveCount(chapters.length + 1);
  // In course order, one row per chapter.
  expect(
    (await rows.allTextContents())
      .slice(1)
      .map((row) => chapters.find((title) => row.startsWith(title))),
  ).toEqual(chapters);
  await expect(page.getByRole('link', { name: /^Review: .+\(.+\)$/ })).toHaveCount(2);
  expect(await axeViolations(page)).toEqual([]);
});

test('a practice attempt survives a Review link, Back and a reload @smoke', async ({
  page,
  practice,
}) => {
  await practice.goto();
  const answered: string[] = [];
  for (let index = 0; index < 5; index += 1) {
    const { block, key } = await nth(practice, index);
    await block.answer(key, index === 4 ? 'wrong' : 'right');
    answered.push(key.prompt);
  }
  await expect(practice.running).toContainText(`4 of ${total} answered, 4 right first time`);

  const wrongTry = practice.question(4);
  await expect(wrongTry.result).toHaveText(/^Not quite\./);
  await wrongTry.group
    .locator('xpath=..')
    .getByRole('link', { name: /^Review: / })
    .click();
  await expect(page).not.toHaveURL(/\/practice\/$/);
  await page.goBack();
  await practice.newAttempt.waitFor();
  // Back may land anywhere on the page: questions render near where it lands.
  await practice.renderFirst(5);

  await expect(practice.running).toContainText(`4 of ${total} answered, 4 right first time`);
  for (const [index, prompt] of answered.entries()) {
    await expect(practice.question(index).group).toContainText(prompt);
  }
  await expect(practice.question(0).result).toHaveText(/^Right, first time\./);
  // The wrong first try is still open for its second try.
  await expect(practice.question(4).result).toHaveText(/^Not quite\./);
  await expect(practice.question(4).check).toBeVisible();

  await page.reload();
  await practice.newAttempt.waitFor();
  await expect(practice.running).toContainText(`4 of ${total} answered, 4 right first time`);
  await practice.renderFirst(1);
  await expect(practice.question(0).group).toContainText(answered[0]!);
});

test('a new attempt over the missed questions; earlier scores stay in the history', async ({
  page,
  practice,
}) => {
  await practice.goto();
  await expect(practice.filter(/Only the ones I missed \(0\)/)).toBeVisible();
  const first = await nth(practice, 0);
  await first.block.showAnswer.click();
  await expect(first.block.result).toHaveText(/^Here is the answer\./);
  const second = await nth(practice, 1);
  await second.block.answer(second.key, 'right');
  expect(await axeViolations(page)).toEqual([]);

  await practice.filter(/Only the ones I missed \(1\)/).check();
  await practice.newAttempt.click();
  await expect(practice.questions).toHaveCount(1);
  await expect(practice.questions.first()).toContainText(first.key.prompt);
  await expect(practice.running).toContainText('0 of 1 answered');

  await page.goto('progress/');
  const history = page.getByRole('region', { name: 'Practice scores' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem')).toContainText(
    new RegExp(`^\\w{3} \\d+, \\d{4}: 1 of ${total} right first time, ${total - 2} unanswered$`),
  );
});

test('a question far down renders only as it comes near, and the score counts every answer', async ({
  page,
  practice,
}) => {
  await practice.goto();
  const first = await nth(practice, 0);
  const last = practice.question(total - 1);
  // At load, the questions near the screen render; one far down the page does not.
  await expect(practice.questions.first()).toBeVisible();
  expect(await practice.questions.count()).toBeLessThan(10);
  await expect(last.group).toHaveCount(0);
  await first.block.answer(first.key, 'right');

  // Near the end of the page, the last question renders.
  await practice.seeScore.click();
  const lastKey = keyFor((await last.group.textContent()) ?? '');
  await last.answer(lastKey, 'right');
  await expect(last.result).toHaveText(/^Right, first time\./);
  await expect(practice.running).toContainText(`2 of ${total} answered, 2 right first time`);

  // After a reload at the top of the page, the last question is not rendered, and its answer
  // still counts in the running count and the score.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.reload();
  await practice.newAttempt.waitFor();
  await expect(first.block.result).toHaveText(/^Right, first time\./);
  await expect(last.group).toHaveCount(0);
  await expect(practice.running).toContainText(`2 of ${total} answered, 2 right first time`);
  await expect(practice.score).toHaveText(
    `So far: 2 of ${total} right first time, with ${total - 2} still to answer.`,
  );
});

for (const viewport of [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
]) {
  test(`nothing on screen moves while the practice test loads, ${viewport.width} px wide`, async ({
    page,
    practice,
  }) => {
    await page.setViewportSize(viewport);
    await watchLayoutShifts(page);
    await practice.goto();
    await expect(practice.questions.first()).toBeAttached();
    // Cards render after load, in tasks of their own: let them.
    await page.waitForLoadState('networkidle');
    expect(await layoutShifts(page)).toEqual([]);
  });
}

test('Tab moves through the questions as they render, and never loses focus', async ({
  page,
  practice,
}) => {
  await practice.goto();
  await practice.renderFirst(1);
  const first = practice.question(0);
  await first.options().first().or(first.numberBox).focus();
  // Eight questions: more than render at load at this width. The run's order is shuffled, so
  // any of them may be "select all that apply", where each checkbox takes a Tab of its own
  // (a radio group takes one).
  for (let index = 0; index < 8; index += 1) {
    const block = practice.question(index);
    await expect(block.options().first().or(block.numberBox)).toBeFocused();
    const checkboxes = await block.group.getByRole('checkbox').count();
    for (let step = 1; step < checkboxes; step += 1) {
      await page.keyboard.press('Tab');
      await expect(block.group.getByRole('checkbox').nth(step)).toBeFocused();
    }
    await page.keyboard.press('Tab');
    await expect(block.check).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(block.showAnswer).toBeFocused();
    await page.keyboard.press('Tab');
  }
});

test('an empty run says how to get questions back', async ({ page, practice }) => {
  await practice.goto();
  await practice.filter(/Only the ones I missed \(0\)/).check();
  await practice.newAttempt.click();
  await expect(practice.questions).toHaveCount(0);
  await expect(page.getByText(/No questions match “Only the ones I missed”/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the practice page links to every question with its answer behind "Show answer"', async ({
    page,
    practice,
  }) => {
    await page.goto('practice/');
    await expect(page.getByText('Loading the practice test…')).toBeHidden();
    // Playwright's text matching skips <noscript>, even with JavaScript off; roles do not.
    await expect(page.locator('.practice__no-script')).toBeVisible();
    await page.getByRole('link', { name: 'the practice test with answers', exact: true }).click();
    await expect(page).toHaveURL(/\/practice\/answer-key\/$/);
    await expect(practice.questions).toHaveCount(total);
    await expect(page.locator('summary', { hasText: 'Show answer' })).toHaveCount(total);
  });
});
