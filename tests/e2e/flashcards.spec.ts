import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { loadChapters } from '../support/course';
import { FlashcardDeck } from './pages/flashcard-deck';
import { axeViolations } from './support/axe';

interface Card {
  id: string;
  front: string;
  back: string;
}

const chapters = loadChapters();
const chapter = chapters[0]!;
const deck = chapter.data.flashcards as Card[];
const allCards = chapters.flatMap((each) => (each.data.flashcards ?? []) as Card[]);
const DAY = 86_400_000;

test('a learner flips and grades cards with the keyboard only @smoke', async ({ page }) => {
  await page.goto(`${chapter.id}/`);
  const cards = FlashcardDeck.inChapter(page);
  await cards.ready();
  await cards.flip.focus();
  await expect(cards.position).toHaveText(`Card 1 / ${deck.length}`);
  await page.keyboard.press('Space');
  await expect(cards.flip).toHaveAttribute('aria-pressed', 'true');
  await expect(cards.showing(deck[0]!.back)).toBeVisible();
  await expect(cards.grade('Good')).toContainText(/· \d+ (min|h|d)/);
  await page.keyboard.press('3');
  await expect(cards.position).toHaveText(`Card 2 / ${deck.length}`);
  await expect(cards.flip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(cards.position).toHaveText(`Card 3 / ${deck.length}`);
  await page.keyboard.press('ArrowLeft');
  await expect(cards.position).toHaveText(`Card 2 / ${deck.length}`);
  await page.keyboard.press('Control+ArrowRight');
  await expect(cards.position).toHaveText(`Card 2 / ${deck.length}`);
});

test('a graded card is not due after a reload, and is due again weeks later', async ({
  context,
}) => {
  const start = new Date('2026-11-26T09:00:00');
  const page = await context.newPage();
  await page.clock.install({ time: start });
  await page.goto('review/');
  const review = FlashcardDeck.onReviewPage(page);
  await review.ready();
  const status = page.getByRole('status');
  await expect(status).toContainText('Due now: 0');
  const first = allCards[0]!;
  await expect(review.showing(first.front)).toBeVisible();
  await review.flip.click();
  await review.grade('Easy').click();

  await page.reload();
  await review.ready();
  await expect(status).toContainText('Due now: 0');
  await expect(review.showing(first.front)).toBeHidden();

  const later = await context.newPage();
  await later.clock.install({ time: new Date(start.getTime() + 60 * DAY) });
  await later.goto('review/');
  const laterReview = FlashcardDeck.onReviewPage(later);
  await laterReview.ready();
  await expect(later.getByRole('status')).toContainText('Due now: 1');
  await expect(laterReview.showing(first.front)).toBeVisible();
});

test('the review page says when the next card is due once everything is done', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-26T09:00:00') });
  await page.goto('review/');
  const review = FlashcardDeck.onReviewPage(page);
  await review.ready();
  await page.getByRole('combobox', { name: 'Chapter' }).selectOption(chapter.id);
  for (let graded = 0; graded < deck.length; graded += 1) {
    await review.flip.click();
    await review.grade('Easy').click();
    // The grade is saved before the next card shows; wait for it.
    await expect(review.grades).toBeHidden();
  }
  await expect(page.getByText(/^All caught up\. Next review in \d+ days?\./)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter shows its cards as a list of terms and definitions', async ({ page }) => {
    await page.goto(`${chapter.id}/`);
    const list = FlashcardDeck.inChapter(page).root.getByRole('definition');
    await expect(list).toHaveCount(deck.length);
    await expect(list.first()).toHaveText(deck[0]!.back);
  });
});

test('/flashcards.tsv parses into one row per card with a chapter tag @smoke', async ({
  request,
}) => {
  const response = await request.get('flashcards.tsv');
  expect(response.ok()).toBe(true);
  const text = await response.text();
  const body = text
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .join('\n');
  // Anki's rules: tab-separated, fields quoted CSV-style where needed.
  const rows: string[][] = parse(body, { delimiter: '\t', quote: '"', skip_empty_lines: true });
  expect(rows).toHaveLength(allCards.length);
  for (const [index, row] of rows.entries()) {
    expect(row).toHaveLength(4);
    expect(row[0]).toBe(`fine-tuning-course:${allCards[index]!.id}`);
    expect(row[3]).toMatch(/^fine-tuning-course::[a-z-]+::[a-z-]+$/);
  }
});

test('axe finds no violations on a deck before and after flipping', async ({ page }) => {
  await page.goto(`${chapter.id}/`);
  const cards = FlashcardDeck.inChapter(page);
  await cards.ready();
  expect(await axeViolations(page)).toEqual([]);
  await cards.flip.click();
  await expect(cards.grades).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
