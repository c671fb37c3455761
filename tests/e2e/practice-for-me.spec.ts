// "Practice for me" on /practice/ and the landing page: a set planned from the learner's answers
// (src/lib/planned-run.ts), each question saying why it was picked, what the finished set moved,
// and the planner loaded only on the first press (src/components/islands/practice-planner.ts).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { PracticePage } from './pages/practice-page';
import { emptyProgress } from '../../src/lib/progress';
import { PROGRESS_KEY } from '../../src/lib/progress-key';
import { answerAll } from '../support/plan';
import { answerKeys, keyFor } from './support/answers';
import { axeViolations } from './support/axe';

const DAY = 86_400_000;
/** Noon UTC, so that whole days apart are different calendar days. */
const START = Date.UTC(2026, 10, 26, 12);

/** What the page requests that planning needs: the planner's script and the course plan. */
function planningRequests(page: Page): string[] {
  const names: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (/^(practice-planner|planned-run)\./.test(file) || file === 'course-plan.json') {
      names.push(file.split('.')[0]!);
    }
  });
  return names;
}

/** The set's size, from the first question's legend ("Question 1 of 10"). */
async function setSize(practice: PracticePage): Promise<number> {
  const legend = (await practice.question(0).group.textContent()) ?? '';
  return Number(/Question 1 of (\d+)/.exec(legend)?.[1]);
}

/** Answers every question of the set: the first wrong twice (missed), the others right. */
async function answerSet(practice: PracticePage): Promise<string> {
  const size = await setSize(practice);
  let missed = '';
  for (let index = 0; index < size; index += 1) {
    await practice.renderFirst(index + 1);
    const block = practice.question(index);
    const key = keyFor((await block.group.textContent()) ?? '');
    if (index === 0) {
      missed = key.prompt;
      await block.answer(key, 'wrong', 0);
      await block.answer(key, 'wrong', 1);
    } else {
      await block.answer(key, 'right');
    }
    await expect(block.result).toBeVisible();
  }
  return missed;
}

test('a set says why each question is there, shows what moved, survives a reload, and brings a missed question back first', async ({
  page,
  practice,
}) => {
  test.setTimeout(90_000);
  await page.clock.install({ time: START });
  const requested = planningRequests(page);
  await practice.goto();
  await page.waitForLoadState('networkidle');
  expect(requested).toEqual([]);

  await practice.forMe.click();
  await expect(practice.setHeading).toBeFocused();
  expect([...new Set(requested)].sort()).toEqual(['course-plan', 'practice-planner']);
  const size = await setSize(practice);
  expect(size).toBeGreaterThan(1);
  expect(size).toBeLessThanOrEqual(10);
  // A first set for a new learner: the first chapter's questions, each saying why.
  await expect(practice.question(0).group).toContainText('Why this one: new: Chapter 1.');

  const missed = await answerSet(practice);
  await expect(practice.moved).toContainText('What moved');
  await expect(practice.moved).toContainText(
    /up from Not started to (Attempted|Familiar|Proficient)/,
  );
  await expect(practice.moved).toContainText(/The next questions are due in \d+ (hours?|days?)\./);
  await expect(practice.startAnother).toBeVisible();

  // A reload comes back to the same set, answered, with its reasons.
  await page.reload();
  await expect(practice.setHeading).toBeVisible();
  await expect(practice.question(0).group).toContainText(missed);
  await expect(practice.question(0).group).toContainText('Why this one: new: Chapter 1.');
  await expect(practice.question(0).result).toBeVisible();
  await expect(practice.moved).toContainText('What moved');

  // Three days later the missed question is due, and comes first, saying it was missed.
  await page.clock.setSystemTime(START + 3 * DAY);
  await practice.startAnother.click();
  await expect(practice.setHeading).toBeFocused();
  await expect(practice.question(0).group).toContainText(missed);
  await expect(practice.question(0).group).toContainText('Why this one: missed 3 days ago.');
  await expect(practice.question(0).result).toHaveCount(0);
  const next = await setSize(practice);
  await practice.renderFirst(next);
  const prompts = (await practice.questionNames()).map((legend) => keyFor(legend).id);
  expect(prompts).toHaveLength(next);
  expect(new Set(prompts).size).toBe(next);
});

test('the landing page’s Practice for me starts a set on /practice/, and the address stays the page’s own', async ({
  page,
  landing,
  practice,
}) => {
  await landing.goto();
  await page.getByRole('link', { name: 'Practice for me' }).click();
  await expect(practice.setHeading).toBeFocused();
  await expect(page).toHaveURL(/\/practice\/$/);
  await expect(practice.question(0).group).toContainText('Why this one:');
  // Reloading keeps that set instead of planning another.
  const first = await practice.question(0).group.textContent();
  await page.reload();
  await expect(practice.setHeading).toBeVisible();
  await expect(practice.question(0).group).toHaveText(first!);
});

test('a plan that cannot load says so, and Try again plans the set', async ({ page, practice }) => {
  await practice.goto();
  await page.route('**/course-plan.json', (route) => route.abort('internetdisconnected'));
  await practice.forMe.click();
  await expect(practice.planFailed).toBeVisible();
  await expect(practice.setHeading).toHaveCount(0);
  await page.unroute('**/course-plan.json');
  await practice.tryAgain.click();
  await expect(practice.setHeading).toBeFocused();
  await expect(practice.planFailed).toHaveCount(0);
});

test('with every question answered right moments ago, a press says nothing needs practice and offers the full test', async ({
  page,
  practice,
}) => {
  // Saved as the site saves it: every published question right the first time, a minute ago.
  const ids = answerKeys.map((key) => key.id);
  const progress = answerAll(emptyProgress('seed'), ids, 'first-try', Date.now() - 60_000);
  await page.addInitScript(
    ([key, value]) => localStorage.setItem(key, value),
    [PROGRESS_KEY, JSON.stringify(progress)],
  );
  await practice.goto();
  await practice.forMe.click();
  const nothing = page.getByRole('status').filter({ hasText: 'Nothing needs practice right now' });
  await expect(nothing).toBeVisible();
  await expect(practice.setHeading).toHaveCount(0);
  await nothing.getByRole('button', { name: 'Start the full practice test' }).click();
  await expect(nothing).toHaveCount(0);
  await expect(practice.question(0).group).toContainText(`of ${ids.length}`);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on a set at 375 and 1280 px, ${theme} theme`, async ({
    page,
    practice,
  }) => {
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    await practice.goto();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await practice.forMe.click();
    await expect(practice.setHeading).toBeFocused();
    const { block } = { block: practice.question(0) };
    await block.answer(keyFor((await block.group.textContent()) ?? ''), 'wrong');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await axeViolations(page)).toEqual([]);
    }
  });
}
