// What a chapter's islands need only at a late moment loads then, not with the page: the
// session summary's text, the chapter-complete card and the code that keeps the sidebar's
// chapter marks in step with progress. (Grading, on the first flip, is tested in
// flashcards-grading.spec.ts, and Undo's message, on a reset, with the quiz.)
import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';
import { scriptsFetched } from './support/requests';

const [chapter] = loadChapters();

test('a chapter fetches none of its late parts, nor the signals runtime, before they are needed', async ({
  page,
  quiz,
  deck,
}) => {
  const fetched = scriptsFetched(page);
  await page.goto(`${chapter!.id}/`);
  await deck.ready();
  await quiz.ready();
  await page.waitForLoadState('networkidle');
  expect(fetched).toContain('QuizIsland');
  expect(fetched).not.toContain('SessionReport');
  expect(fetched).not.toContain('ChapterComplete');
  expect(fetched).not.toContain('chapter-progress-live');
  // @astrojs/preact imports @preact/signals only for islands given signals; none are.
  expect(fetched.filter((name) => name.includes('signals'))).toEqual([]);
});

test('ending a deck session loads its summary, which takes focus', async ({ page, deck }) => {
  const fetched = scriptsFetched(page);
  await page.goto(`${chapter!.id}/`);
  await deck.ready();
  await deck.root.getByRole('button', { name: 'End session' }).click();
  await expect(deck.root.getByRole('heading', { name: 'Session summary' })).toBeFocused();
  await expect(deck.root.getByRole('button', { name: 'Start again' })).toBeVisible();
  expect(fetched).toContain('SessionReport');
});

test('the first answer loads the sidebar marks’ code, the last the chapter-complete card', async ({
  page,
  quiz,
}) => {
  const fetched = scriptsFetched(page);
  await page.goto(`${chapter!.id}/`);
  await quiz.ready();
  const total = await quiz.region.getByRole('group', { name: /^Question \d+ of/ }).count();
  await quiz.question(1).showAnswer.click();
  await expect.poll(() => fetched).toContain('chapter-progress-live');
  for (let number = 2; number < total; number += 1) {
    await quiz.question(number).showAnswer.click();
    await quiz.question(number).result.waitFor();
  }
  expect(fetched).not.toContain('ChapterComplete');
  await quiz.question(total).showAnswer.click();
  await expect(quiz.chapterComplete).toBeVisible();
  expect(fetched).toContain('ChapterComplete');
});
