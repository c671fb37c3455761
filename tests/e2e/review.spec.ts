import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';
import { axeViolations } from './support/axe';

const cardsOf = (each: ReturnType<typeof loadChapters>[number]) =>
  (each.data.flashcards ?? []) as { front: string }[];
const chapters = loadChapters().filter((each) => cardsOf(each).length > 0);
const chapter = chapters[1]!;
const firstCard = cardsOf(chapters[0]!)[0]!;

for (const { width, height } of [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
]) {
  test(`the card starts above the fold at ${width}x${height}, the instructions folded away`, async ({
    page,
    review,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('review/');
    await review.flip.waitFor();
    const front = await review.showing(firstCard.front).boundingBox();
    expect(front).not.toBeNull();
    expect(front!.y + front!.height).toBeLessThanOrEqual(height);
    const instructions = page.getByRole('group').filter({ hasText: 'How grading works' });
    await expect(instructions.getByText('How grading works')).toBeVisible();
    await expect(instructions.getByText(/you forgot it or got it wrong/)).toBeHidden();
    await instructions.getByText('How grading works').click();
    await expect(instructions.getByText(/you forgot it or got it wrong/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the chapter filter is remembered after a reload, and a saved value that names no chapter means all', async ({
  page,
  review,
}) => {
  const filter = page.getByRole('combobox', { name: 'Chapter' });
  await page.goto('review/');
  await review.flip.waitFor();
  await filter.selectOption(chapter.id);
  await page.reload();
  await review.flip.waitFor();
  await expect(filter).toHaveValue(chapter.id);
  await expect(review.root.getByText(` · ${chapter.data.title}`)).toBeVisible();

  await page.evaluate(() => localStorage.setItem('fine-tuning-course:review-chapter', '{"x":'));
  await page.reload();
  await review.flip.waitFor();
  await expect(filter).toHaveValue('all');
});

test('the review page works, filter included, when the browser blocks storage', async ({
  page,
  review,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is blocked', 'SecurityError');
      },
    });
  });
  await page.goto('review/');
  await review.flip.waitFor();
  const filter = page.getByRole('combobox', { name: 'Chapter' });
  await expect(filter).toHaveValue('all');
  await filter.selectOption(chapter.id);
  await expect(review.root.getByText(` · ${chapter.data.title}`)).toBeVisible();
});
