// Where am I, and what next: the sidebar's chapter states, Continue on the landing page,
// "Chapter n of N" under the title and the chapter-complete card.
import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';
import { keyFor } from './support/answers';
import { axeViolations } from './support/axe';

// loadChapters() lists the chapters in reading order.
const order = loadChapters();
const [first, second] = order;

test('a chapter names its place in the course and its reading time', async ({ page }) => {
  await page.goto(`${second!.id}/`);
  await expect(
    page.getByText(new RegExp(`^Chapter 2 of ${order.length}\\s*·?\\s*,?\\s*\\d+ min read$`)),
  ).toBeVisible();
});

test('the sidebar shows each chapter’s state, and it changes as the learner answers', async ({
  page,
  chapterPage,
  quiz,
}) => {
  test.slow();
  await page.goto(`${first!.id}/`);
  const link = chapterPage.sidebarLink(first!.data.title);
  await expect(link).toHaveAccessibleName(`${first!.data.title} (not started)`);
  await quiz.ready();
  await quiz.answerRest(1);
  await expect(link).toHaveAccessibleName(`${first!.data.title} (done)`);
  await expect(chapterPage.sidebarLink(second!.data.title)).toHaveAccessibleName(
    `${second!.data.title} (not started)`,
  );
  // The mark is drawn, not only named: a done chapter's circle is filled.
  const fill = await link.evaluate(
    (element) => getComputedStyle(element, '::after').backgroundColor,
  );
  expect(fill).not.toBe('rgba(0, 0, 0, 0)');
});

test('answering one question marks the chapter in progress, and the landing page offers to continue', async ({
  page,
  chapterPage,
  quiz,
}) => {
  await page.goto(`${second!.id}/`);
  await quiz.ready();
  const question = quiz.question(1);
  await question.answer(keyFor((await question.group.textContent()) ?? ''), 'right');
  await expect(chapterPage.sidebarLink(second!.data.title)).toHaveAccessibleName(
    `${second!.data.title} (in progress)`,
  );
  await page.goto('./');
  await expect(page.getByRole('link', { name: `Continue: ${second!.data.title}` })).toHaveAttribute(
    'href',
    new RegExp(`/${second!.id}/$`),
  );
});

test('a new learner is invited to start with chapter 1', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Start with chapter 1' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Continue:/ })).toHaveCount(0);
});

test('the last answer brings the chapter-complete card, with the result and the next chapter', async ({
  page,
  quiz,
}) => {
  // Answers every question in the chapter, then runs axe.
  test.slow();
  await page.goto(`${first!.id}/`);
  await quiz.ready();
  await expect(quiz.chapterComplete).toHaveCount(0);
  await quiz.answerRest(1);
  await expect(quiz.chapterComplete).toContainText(
    /You answered all \d+ questions: \d+ right the first time\./,
  );
  await expect(quiz.chapterComplete).toContainText('now shows as done');
  await expect(quiz.chapterComplete).toContainText(/\d+ flashcards are new to you/);
  await expect(
    quiz.chapterComplete.getByRole('link', { name: `Next chapter: ${second!.data.title}` }),
  ).toHaveAttribute('href', new RegExp(`/${second!.id}/$`));
  expect(await axeViolations(page)).toEqual([]);
});
