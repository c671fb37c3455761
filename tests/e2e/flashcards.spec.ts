import { expect, test } from './fixtures';
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
const chapterCards = chapter.data.flashcards as Card[];
const allCards = chapters.flatMap((each) => (each.data.flashcards ?? []) as Card[]);
const DAY = 86_400_000;

test('a learner flips and grades cards with the keyboard only @smoke', async ({ page, deck }) => {
  await page.goto(`${chapter.id}/`);
  await deck.ready();
  await deck.flip.focus();
  await expect(deck.position).toHaveText(`Card 1 / ${chapterCards.length}`);
  await page.keyboard.press('Space');
  await expect(deck.flip).toHaveAttribute('aria-pressed', 'true');
  await expect(deck.showing(chapterCards[0]!.back)).toBeVisible();
  await expect(deck.grade('Good')).toContainText(/· \d+ (min|h|d)/);
  await page.keyboard.press('3');
  await expect(deck.position).toHaveText(`Card 2 / ${chapterCards.length}`);
  await expect(deck.flip).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(deck.position).toHaveText(`Card 3 / ${chapterCards.length}`);
  await page.keyboard.press('ArrowLeft');
  await expect(deck.position).toHaveText(`Card 2 / ${chapterCards.length}`);
  await page.keyboard.press('Control+ArrowRight');
  await expect(deck.position).toHaveText(`Card 2 / ${chapterCards.length}`);
});

test('after a click on the card, the number keys grade it', async ({ page, deck }) => {
  await page.goto(`${chapter.id}/`);
  await deck.ready();
  await deck.showing(chapterCards[0]!.front).click();
  await expect(deck.flip).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('3');
  await expect(deck.position).toHaveText(`Card 2 / ${chapterCards.length}`);
  // After a click on a grade button, the keys still work: Space flips the next card.
  await deck.flip.click();
  await deck.grade('Good').click();
  await expect(deck.position).toHaveText(`Card 3 / ${chapterCards.length}`);
  await page.keyboard.press('Space');
  await expect(deck.flip).toHaveAttribute('aria-pressed', 'true');
});

test('a card graded Again comes back before the session ends, in the deck and on /review/', async ({
  page,
  deck,
  review,
}) => {
  const [first, ...others] = chapterCards;
  await page.goto(`${chapter.id}/`);
  await deck.ready();
  await deck.flip.click();
  await deck.grade('Again').click();
  for (const other of others.slice(0, 3)) {
    await expect(deck.showing(other.front)).toBeVisible();
    await deck.flip.click();
    await deck.grade('Good').click();
  }
  await expect(deck.showing(first!.front)).toBeVisible();
  await expect(deck.position).toHaveText(`Card 5 / ${chapterCards.length + 1}`);

  await page.goto('review/');
  await review.ready();
  await page.getByRole('combobox', { name: 'Chapter' }).selectOption(chapter.id);
  // The cards graded in the chapter are learning now, due in minutes: the session holds the
  // chapter's new cards. Fail the first of them; it returns after three others.
  const [failed, ...rest] = others.slice(3);
  await expect(review.showing(failed!.front)).toBeVisible();
  await review.flip.click();
  await review.grade('Again').click();
  for (const other of rest.slice(0, 3)) {
    await expect(review.showing(other.front)).toBeVisible();
    await review.flip.click();
    await review.grade('Good').click();
  }
  await expect(review.showing(failed!.front)).toBeVisible();
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
  const status = page.getByRole('status').filter({ hasText: 'Due now' });
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
  await expect(later.getByText(/^Due now: /)).toContainText('Due now: 1');
  await expect(laterReview.showing(first.front)).toBeVisible();
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test("a perfect review session ends with a summary: grades, and the next due date in the reader's locale", async ({
    page,
    review,
  }) => {
    await page.clock.install({ time: new Date('2026-11-26T09:00:00') });
    await page.goto('review/');
    await review.ready();
    await page.getByRole('combobox', { name: 'Chapter' }).selectOption(chapter.id);
    for (let graded = 0; graded < chapterCards.length; graded += 1) {
      await review.flip.click();
      await review.grade('Easy').click();
      // The grade is saved before the next card shows; wait for it.
      await expect(review.grades).toBeHidden();
    }
    await expect(page.getByRole('heading', { name: 'Session summary' })).toBeFocused();
    await expect(
      page.getByText(`You recalled all ${chapterCards.length} cards the first time.`),
    ).toBeVisible();
    const grades = page.getByRole('list', { name: 'Grades given' });
    await expect(grades).toHaveText(`Again: 0Hard: 0Good: 0Easy: ${chapterCards.length}`);
    const due = page.getByRole('time');
    const when = new Date((await due.getAttribute('datetime'))!);
    const date = new Intl.DateTimeFormat('de-DE', {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
    }).format(when);
    await expect(due).toHaveText(new RegExp(`^in \\d+ days \\(${date}\\)$`));
  });
});

test('grading every card Again and ending the session reads differently from a perfect run', async ({
  page,
  deck,
}) => {
  await page.goto(`${chapter.id}/`);
  await deck.ready();
  await deck.flip.focus();
  for (let graded = 0; graded < 6; graded += 1) {
    await page.keyboard.press('Space');
    await page.keyboard.press('1');
    await expect(deck.position).toHaveText(
      `Card ${graded + 2} / ${chapterCards.length + graded + 1}`,
    );
  }
  await deck.root.getByRole('button', { name: 'End session' }).click();
  const summary = deck.root.getByRole('status');
  // Three cards apart, the four failed cards take turns until one is recalled.
  await expect(summary).toContainText('No card recalled yet: you graded all 4 cards Again.');
  await expect(summary.getByRole('list', { name: 'Grades given' })).toContainText('Again: 6');
  await expect(summary).toContainText(/Next card due: in 1 minute \(/);
  await expect(summary).not.toContainText('the first time');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a chapter shows its cards as a list of terms and definitions', async ({ page }) => {
    await page.goto(`${chapter.id}/`);
    const list = FlashcardDeck.inChapter(page).root.getByRole('definition');
    await expect(list).toHaveCount(chapterCards.length);
    await expect(list.first()).toHaveText(chapterCards[0]!.back);
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

test('axe finds no violations on a deck before and after flipping', async ({ page, deck }) => {
  await page.goto(`${chapter.id}/`);
  await deck.ready();
  expect(await axeViolations(page)).toEqual([]);
  await deck.flip.click();
  await expect(deck.grades).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
