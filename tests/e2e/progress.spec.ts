import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { FlashcardDeck } from './pages/flashcard-deck';
import { answerKeys } from './support/answers';
import { axeViolations } from './support/axe';
import { PROGRESS_KEY } from '../../src/lib/progress-key';
import { loadChapters } from '../support/course';

const key = answerKeys.find((each) => each.kind === 'choice')!;
const chapter = loadChapters().find((each) => each.id === key.chapterId)!;
const overall = (page: Page) => page.getByText(/You have answered \d+ of \d+ questions/);
/** What the page shows a learner with nothing saved. */
const emptyState = (page: Page) => page.getByText(/^Nothing is saved yet\./);
/** The progress page's entry for the chapter under test. */
const chapterRow = (page: Page) =>
  page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: chapter.data.title, exact: true }) });

/** Grades the chapter's first card Easy, on the chapter page. */
async function learnFirstCard(page: Page, deck: FlashcardDeck) {
  await deck.ready();
  await deck.flip.click();
  await deck.grade('Easy').click();
}

test('the progress page lists a missed question, resets after confirmation, and can undo it', async ({
  page,
  quiz,
}) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  await quiz.question(1).showAnswer.click();

  await page.goto('progress/');
  await expect(chapterRow(page)).toContainText('In progress');
  await expect(chapterRow(page)).toContainText(
    /Questions: 0 of \d+ right the first time, 1 missed/,
  );
  await expect(overall(page)).toContainText(/answered 1 of \d+ questions: 0 right the first time/);
  // The lists stay folded until asked for.
  const link = chapterRow(page).getByRole('link', { name: key.prompt });
  await expect(link).toBeHidden();
  await chapterRow(page)
    .getByText(/^Questions to revisit/)
    .click();
  await expect(link).toHaveAttribute('href', new RegExp(`/${chapter.id}/#question-${key.id}$`));

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(link).toBeVisible();
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(
    page.getByText(
      /This deletes, from this browser, your answers to 1 question \(with every attempt\)/,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Yes, reset all progress' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'All progress was reset' });
  await expect(notice).toContainText(
    'the review schedule of 0 flashcards, and your settings (20 new cards a day)',
  );
  await expect(emptyState(page)).toBeVisible();

  // The file holds the progress as it was before the reset.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download your progress as it was' }).click(),
  ]);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  expect(saved.format).toBe('fine-tuning-course/progress');
  expect(Object.keys(saved.progress.questions)).toEqual([key.id]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: everything you reset is back.')).toBeVisible();
  await expect(overall(page)).toContainText(/answered 1 of/);
});

test('the progress page counts flashcards by state: a card graded only Again is learning', async ({
  page,
  deck,
}) => {
  const total = (chapter.data.flashcards as unknown[]).length;
  await page.goto(`${chapter.id}/`);
  await learnFirstCard(page, deck);
  await deck.flip.click();
  await deck.grade('Again').click();
  await expect(deck.grades).toBeHidden();
  await page.goto('progress/');
  await expect(chapterRow(page)).toContainText(
    `Flashcards: 1 in review, 1 learning, ${total - 2} new`,
  );
});

test('progress downloaded, storage cleared, the file loaded: everything is back, and loading it again changes nothing', async ({
  page,
  quiz,
  deck,
}) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  await quiz.question(1).answer(key, 'right');
  await learnFirstCard(page, deck);

  await page.goto('progress/');
  const row = chapterRow(page);
  const before = await row.textContent();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download my progress' }).click(),
  ]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(
    /^fine-tuning-course-progress-\d{4}-\d{2}-\d{2}\.json$/,
  );

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(emptyState(page)).toBeVisible();

  const picker = page.getByLabel('Load progress from a file');
  await picker.setInputFiles(file);
  const preview = page.getByText('In this file, 1 answer and 1 card review are newer than yours.');
  await expect(preview).toBeVisible();
  // Nothing changes until the learner says so.
  await expect(emptyState(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Load them' }).click();
  await expect(page.getByText('Loaded 1 answer and 1 card review from the file.')).toBeVisible();
  await expect(overall(page)).toContainText(/answered 1 of \d+ questions: 1 right the first time/);
  await expect(row).toHaveText(before!);
  expect(await axeViolations(page)).toEqual([]);

  await picker.setInputFiles([]);
  await picker.setInputFiles(file);
  await expect(
    page.getByText('Nothing in this file is newer than your progress here, so nothing changed.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load them' })).toHaveCount(0);
});

test('a damaged or foreign progress file changes nothing and says why', async ({ page, quiz }) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  await quiz.question(1).answer(key, 'right');
  await page.goto('progress/');
  const picker = page.getByLabel('Load progress from a file');

  await picker.setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "fine-tuning-course/progress", "vers'),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'This progress file is damaged' }),
  ).toBeVisible();
  await picker.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(page.getByRole('status').filter({ hasText: /not a progress file/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load them' })).toHaveCount(0);
  await expect(overall(page)).toContainText(/answered 1 of/);
  expect(await axeViolations(page)).toEqual([]);
});

test('a new learner sees where to start; later the page suggests the next step', async ({
  page,
  quiz,
}) => {
  await page.goto('progress/');
  const next = page.getByRole('region', { name: 'Your next step' });
  await expect(emptyState(page)).toBeVisible();
  await expect(next.getByRole('link', { name: /^Start with chapter 1: / })).toBeVisible();
  // No wall of "not answered" links for someone who has not begun.
  await expect(page.getByRole('heading', { name: 'By chapter' })).toHaveCount(0);

  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  await quiz.question(1).showAnswer.click();
  await page.goto('progress/');
  await expect(next.getByRole('link', { name: 'Retry them in the practice test' })).toBeVisible();
  await expect(next).toContainText('1 question was not right the first time');
  expect(await axeViolations(page)).toEqual([]);
});

test('before the report draws, a new learner already sees where to start, and a returning one does not', async ({
  page,
}) => {
  // The report's code never arrives, so the page stays as the server wrote it.
  await page.route(/ProgressIsland\.[\w-]+\.js$/, (route) => route.abort());
  await page.goto('progress/');
  await expect(emptyState(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Mastery by objective' })).toBeVisible();
  await expect(page.getByText('Turn on JavaScript to see your results here.')).toBeHidden();

  // With progress saved, the new-learner view would be wrong: it is hidden before it is painted.
  await page.evaluate((key) => localStorage.setItem(key, '{}'), PROGRESS_KEY);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your next step' })).toBeHidden();
  await expect(emptyState(page)).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the results need JavaScript, and where to start', async ({ page }) => {
    await page.goto('progress/');
    await expect(page.getByText('Turn on JavaScript to see your results here.')).toBeVisible();
    await expect(emptyState(page)).toBeVisible();
  });
});
