import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';

const chapter = loadChapters().find((each) => Array.isArray(each.data.quiz))!;
const [question] = chapter.data.quiz as {
  prompt: string;
  options: { text: string; correct?: boolean }[];
}[];
const wrong = question!.options.find((option) => !option.correct)!.text;

test('the progress page lists a wrong answer, resets after confirmation, and can undo it', async ({
  page,
  quiz,
}) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  await quiz.question(1).option(wrong).check();
  await quiz.question(1).check.click();

  await page.goto('progress/');
  const table = page.getByRole('table', { name: 'Quiz results and flashcards by chapter' });
  await expect(table.getByRole('row', { name: new RegExp(chapter.data.title) })).toContainText(
    '1 of',
  );
  const todo = page.getByRole('region', { name: `${chapter.data.title}: questions to do` });
  const link = todo.getByRole('link', { name: question!.prompt.replace(/[`*_]/g, '') });
  await expect(link).toHaveAttribute('href', new RegExp(`/${chapter.id}/#question-`));

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(link).toBeVisible();
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(
    page.getByText(/This deletes, from this browser, your answers to 1 question/),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Yes, reset all progress' }).click();
  const notice = page.getByRole('status').filter({ hasText: 'All progress was reset' });
  await expect(notice).toContainText(
    'your answers to 1 question, the review schedule of 0 flashcards, and your settings (20 new cards a day)',
  );
  await expect(page.getByText(/You have answered 0 of \d+ questions/)).toBeVisible();

  // The file holds the progress as it was before the reset.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download your progress as it was' }).click(),
  ]);
  const saved = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  );
  expect(saved.format).toBe('fine-tuning-course/progress');
  expect(Object.keys(saved.progress.answers)).toHaveLength(1);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Undone: everything you reset is back.')).toBeVisible();
  await expect(page.getByText(/You have answered 1 of \d+ questions/)).toBeVisible();
});

test('the progress page counts learned, due and new flashcards per chapter', async ({
  page,
  deck,
}) => {
  const total = (chapter.data.flashcards as unknown[]).length;
  await page.goto(`${chapter.id}/`);
  await deck.ready();
  await deck.flip.click();
  await deck.grade('Easy').click();
  await page.goto('progress/');
  const row = page
    .getByRole('table', { name: 'Quiz results and flashcards by chapter' })
    .getByRole('row', { name: new RegExp(chapter.data.title) });
  await expect(row).toContainText(`1 learned, 0 due, ${total - 1} new`);
});
