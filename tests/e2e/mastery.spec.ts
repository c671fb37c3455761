// Mastery per objective on /progress/, and "Cards for my weakest objectives" on /review/, from
// progress seeded in localStorage the way the site saves it (src/lib/progress-store.ts).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { axeViolations } from './support/axe';
import { loadChapters } from '../support/course';
import { answerAll, START } from '../support/plan';
import { emptyProgress, type Progress } from '../../src/lib/progress';
import { PROGRESS_KEY } from '../../src/lib/progress-key';
import { inlineMarkdownText } from '../../src/lib/inline-markdown';
import { MASTERY_RULE } from '../../src/lib/mastery';

interface Item {
  id: string;
  objective?: string;
  draft?: boolean;
  front?: string;
}
const chapter = loadChapters().find((each) => (each.data.objectives ?? []).length >= 2)!;
const items = (key: 'quiz' | 'flashcards', objective: string) =>
  ((chapter.data[key] ?? []) as Item[]).filter(
    (item) => !item.draft && item.objective === objective,
  );
/** An objective with two cards or more, so a session of its cards has a second card. */
const weak = chapter.data.objectives!.find(({ id }) => items('flashcards', id).length >= 2);
/** Another objective with two questions or more, so that its count reads "questions". */
const strong = chapter.data.objectives!.find(
  ({ id }) => id !== weak?.id && items('quiz', id).length >= 2,
);
const questions = (objective: string) => items('quiz', objective).map(({ id }) => id);
const weakFronts = items('flashcards', weak!.id).map(({ front }) => inlineMarkdownText(front!));

/** Every question of `strong` right the first time; one question of `weak` missed. */
function seeded(): Progress {
  const progress = answerAll(emptyProgress('seed'), questions(strong!.id), 'first-try', START);
  return answerAll(progress, questions(weak!.id).slice(0, 1), 'wrong', START);
}

async function seed(page: Page, progress: Progress) {
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    PROGRESS_KEY,
    JSON.stringify(progress),
  ] as const);
}

/** An objective's entry in the mastery list. */
const objectiveRow = (page: Page, text: string) =>
  page
    .getByRole('region', { name: 'Mastery by objective' })
    .getByRole('listitem')
    .filter({ hasText: text });

const weakChoice = (page: Page) =>
  page.getByRole('radio', { name: 'Cards for my weakest objectives' });

test('with nothing answered, the mastery section gives the rule and how to start', async ({
  page,
}) => {
  await page.goto('progress/');
  const section = page.getByRole('region', { name: 'Mastery by objective' });
  await expect(section.getByRole('heading', { level: 2 })).toHaveText('Mastery by objective');
  await expect(section.getByText(MASTERY_RULE)).toBeVisible();
  await expect(section.getByText(/^Every objective is Not started\./)).toBeVisible();
  await expect(section.getByRole('link', { name: 'practice test' })).toBeVisible();
});

test('a missed question makes its objective Attempted, all right the first time Proficient', async ({
  page,
}) => {
  await seed(page, seeded());
  await page.goto('progress/');
  const section = page.getByRole('region', { name: 'Mastery by objective' });
  await expect(section.getByText(MASTERY_RULE)).toHaveCount(1);
  await expect(section.getByRole('heading', { name: chapter.data.title })).toBeVisible();
  const total = questions(strong!.id).length;
  await expect(objectiveRow(page, strong!.text)).toContainText('Proficient');
  await expect(objectiveRow(page, strong!.text)).toContainText(
    `${total} of ${total} questions right the first time.`,
  );
  await expect(objectiveRow(page, weak!.text)).toContainText('Attempted');
  await expect(objectiveRow(page, weak!.text)).toContainText(
    /^.*0 of \d+ questions? right the first time/,
  );
});

test('cards for my weakest objectives: the missed objective is named, its cards shown, and grading saves', async ({
  page,
  review,
}) => {
  await seed(page, seeded());
  await page.goto('review/');
  await review.flip.waitFor();
  await weakChoice(page).check();
  await expect(
    page.getByText('These cards support your weakest objectives, weakest first:'),
  ).toBeVisible();
  const covered = page.getByRole('main').getByRole('listitem').filter({ hasText: weak!.text });
  await expect(covered).toContainText(`(${chapter.data.title}, ${weakFronts.length} cards)`);
  await expect(page.getByRole('listitem').filter({ hasText: strong!.text })).toHaveCount(0);
  await expect(
    page.getByText(`Cards for your weakest objectives: ${weakFronts.length}`),
  ).toBeVisible();
  // Only the weak objective's cards come up.
  await expect(review.position).toHaveText(`${weakFronts.length} left in this session`);
  await expect(review.showing(weakFronts[0]!)).toBeVisible();
  await review.flip.click();
  await review.grade('Good').click();
  await expect(review.position).toHaveText(`${weakFronts.length - 1} left in this session`);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(Object.keys(saved.cards)).toHaveLength(1);
  await expect(review.showing(weakFronts[1]!)).toBeVisible();
});

test('with nothing missed there are no weak cards, the page says why and leads back to due cards', async ({
  page,
  review,
}) => {
  await page.goto('review/');
  await review.flip.waitFor();
  await weakChoice(page).check();
  await expect(
    page.getByText(/^No weak objectives yet: answer some questions first/),
  ).toBeVisible();
  await expect(review.flip).toBeHidden();
  await page.getByRole('button', { name: 'Back to due cards' }).click();
  await expect(page.getByRole('radio', { name: 'Due cards' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Due cards' })).toBeFocused();
  await expect(review.flip).toBeVisible();
});

test('when the plan cannot load, the page says so, due cards still work, and Try again recovers', async ({
  page,
  review,
}) => {
  await seed(page, seeded());
  await page.route('**/course-plan.json', (route) => route.abort('internetdisconnected'));
  await page.goto('review/');
  await review.flip.waitFor();
  await weakChoice(page).check();
  await expect(page.getByText(/^Your objectives could not load/)).toBeVisible();
  await page.unroute('**/course-plan.json');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(
    page.getByText('These cards support your weakest objectives, weakest first:'),
  ).toBeVisible();
  await expect(review.showing(weakFronts[0]!)).toBeVisible();

  await page.route('**/course-plan.json', (route) => route.abort('internetdisconnected'));
  await page.getByRole('radio', { name: 'Due cards' }).check();
  await weakChoice(page).check();
  await expect(page.getByText(/^Your objectives could not load/)).toBeVisible();
  await page.getByRole('button', { name: 'Back to due cards' }).click();
  await expect(review.flip).toBeVisible();
  await expect(page.getByText(/^Due now: \d+ · New today: \d+/)).toBeVisible();
});

for (const viewport of [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
]) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds nothing on mastery and weakest-objective cards, ${viewport.width} px, ${theme} theme`, async ({
      page,
      review,
    }) => {
      test.setTimeout(60_000);
      await page.setViewportSize(viewport);
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      await seed(page, seeded());
      await page.goto('progress/');
      await expect(objectiveRow(page, weak!.text)).toContainText('Attempted');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('review/');
      await review.flip.waitFor();
      await weakChoice(page).check();
      await expect(review.showing(weakFronts[0]!)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
