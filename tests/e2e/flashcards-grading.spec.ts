// What grading needs (the grade buttons, their intervals, the FSRS scheduler, the session step)
// loads in one request when a learner flips a card or is about to, never while they only scroll
// past a deck (src/components/islands/card-grading.tsx).
import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';
import { axeViolations } from './support/axe';
import { scriptsFetched, scrollThrough } from './support/requests';

const [chapter] = loadChapters();
const cards = chapter!.data.flashcards as { front: string; back: string }[];
const GRADING = /\/_astro\/card-grading\.[\w-]+\.js$/;

test('a chapter fetches the grading code only on the first flip, in one request', async ({
  page,
  deck,
}) => {
  const fetched = scriptsFetched(page);
  await page.goto(`${chapter!.id}/`);
  await deck.ready();
  await scrollThrough(page);
  expect(fetched).toContain('FlashcardDeck');
  expect(fetched).not.toContain('card-grading');
  expect(fetched.filter((name) => name.includes('scheduling'))).toEqual([]);

  const before = fetched.length;
  await deck.flip.click();
  await expect(deck.grade('Good')).toContainText(/· \d+ (min|h|d)/);
  await page.waitForLoadState('networkidle');
  expect(fetched.slice(before)).toEqual(['card-grading']);
});

test('on /review/, focus on Flip card starts loading the grading code, before the flip', async ({
  page,
  review,
}) => {
  const fetched = scriptsFetched(page);
  await page.goto('review/');
  await review.ready();
  await page.waitForLoadState('networkidle');
  expect(fetched).toContain('ReviewIsland');
  expect(fetched).not.toContain('card-grading');
  await review.flip.focus();
  await expect.poll(() => fetched).toContain('card-grading');
  await expect(review.flip).toHaveAttribute('aria-pressed', 'false');
});

test('a card flipped before the grading code arrives shows its back at once and grades when it does', async ({
  page,
  deck,
}) => {
  // Hold the grading code back, as a slow phone connection would.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(GRADING, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${chapter!.id}/`);
  await deck.ready();
  await deck.flip.focus();
  await page.keyboard.press('Space');
  await expect(deck.flip).toHaveAttribute('aria-pressed', 'true');
  await expect(deck.showing(cards[0]!.back)).toBeVisible();
  await expect(deck.grades).toBeHidden();
  // A grade given by key while the code is on its way is kept, and saved once it arrives.
  await page.keyboard.press('3');
  await expect(deck.position).toHaveText(`Card 1 / ${cards.length}`);
  release();
  await expect(deck.position).toHaveText(`Card 2 / ${cards.length}`);
  await expect(deck.flip).toBeFocused();
  await page.keyboard.press('Space');
  await expect(deck.grade('Easy')).toContainText(/· \d+ (min|h|d)/);
  await deck.grade('Easy').click();
  await expect(deck.position).toHaveText(`Card 3 / ${cards.length}`);
  const saved = await page.evaluate(() => Object.keys(localStorage));
  expect(saved.length).toBeGreaterThan(0);
});

test('when the grading code cannot load (offline), the card says so and Try again loads it', async ({
  page,
  deck,
}) => {
  await page.goto(`${chapter!.id}/`);
  await deck.ready();
  await page.route(GRADING, (route) => route.abort('internetdisconnected'));
  await deck.flip.click();
  await expect(deck.showing(cards[0]!.back)).toBeVisible();
  const message = deck.root.getByText(
    'Grading could not load. Check your connection, then try again.',
  );
  await expect(message).toBeVisible();
  await expect(deck.grades).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
  // Nothing is dead: a grade key leaves the card as it is, and Flip card still turns it.
  await page.keyboard.press('3');
  await expect(deck.position).toHaveText(`Card 1 / ${cards.length}`);
  await deck.flip.click();
  await expect(deck.flip).toHaveAttribute('aria-pressed', 'false');
  await expect(message).toBeHidden();
  await deck.flip.click();
  await expect(message).toBeVisible();

  await page.unroute(GRADING);
  // Try again loads it. A load the last press of Flip card started may still be under way and
  // succeed first, now that the code can load, taking Try again away: recovering is right too.
  const tryAgain = deck.root.getByRole('button', { name: 'Try again' });
  await expect(async () => {
    if (await tryAgain.isVisible()) await tryAgain.click({ timeout: 1_000 });
    await expect(deck.grade('Good')).toContainText(/· \d+ (min|h|d)/, { timeout: 1_000 });
  }).toPass();
  await expect(message).toBeHidden();
  await expect(deck.flip).toBeFocused();
  await deck.grade('Good').click();
  await expect(deck.position).toHaveText(`Card 2 / ${cards.length}`);
});
