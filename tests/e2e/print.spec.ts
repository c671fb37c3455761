// Printing a chapter: the text and figures, the questions without controls, the key terms as a list and an
// answer key at the end; site chrome and every button stay off the paper. Each test prints to
// PDF in Chromium and reads the PDF's text.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';
import { printedText, squeezed } from './support/pdf';

interface AuthoredQuestion {
  prompt: string;
  options?: { text: string; correct?: boolean; why: string }[];
}
interface AuthoredCard {
  front: string;
  back: string;
}

const chapter = loadChapters().find((each) => each.id === 'workflow/preparing-data')!;
const question = (chapter.data.quiz as AuthoredQuestion[]).find((each) => each.options)!;
const correct = question.options!.find((option) => option.correct)!;
const card = (chapter.data.flashcards as AuthoredCard[])[0]!;

/**
 * Labels of the controls the quiz and the deck show on screen, Starlight's own, and the site
 * title its header shows on every page.
 */
const CONTROL_LABELS = [
  'Fine-Tuning LLMs',
  'Check',
  'Show answer',
  'Reset these questions',
  'Flip',
  'Again',
  'Hard',
  'Good',
  'Easy',
  'Search',
  'Skip to content',
  'On this page',
  'Previous',
  'Next',
];

/** The labels that appear as words in `text`, case and all ("Checking" is not "Check"). */
function labelsIn(text: string, labels: string[]): string[] {
  const words = text.replace(/\s+/g, ' ');
  const escaped = (label: string) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...new Set(labels)].filter((label) =>
    new RegExp(`(?<![\\w-])${escaped(label)}(?![\\w-])`).test(words),
  );
}

async function expectPrintedChapter(page: Page, headings: string[], controls: string[] = []) {
  // A figure prints with its drawing (SVG text stays text in the PDF) and its caption.
  const figure = page
    .getByRole('main')
    .getByRole('figure')
    .filter({ has: page.getByRole('img') })
    .first();
  const caption = await figure.locator('figcaption').innerText();
  const label = (await figure.locator('svg text').first().textContent()) ?? '';
  let text = await printedText(page);
  expect(squeezed(text)).toContain(squeezed(chapter.data.title));
  expect(squeezed(text)).toContain(squeezed(caption));
  expect(squeezed(text)).toContain(squeezed(label));
  expect(squeezed(text)).toContain(squeezed(question.prompt));

  const key = squeezed(text).indexOf('Answerkey');
  expect(key, 'the answer key heading').toBeGreaterThan(-1);
  const afterKey = squeezed(text).slice(key);
  expect(afterKey).toContain(squeezed(correct.text));
  expect(afterKey).toContain(squeezed(correct.why));

  const front = squeezed(text).indexOf(squeezed(card.front));
  expect(front, 'a card front').toBeGreaterThan(-1);
  expect(squeezed(text).indexOf(squeezed(card.back)), 'its back, after it').toBeGreaterThan(front);

  // Headings may share a word with a control ("Check your understanding"); they are not buttons.
  for (const heading of headings) text = text.replace(heading, '');
  expect(labelsIn(text, [...CONTROL_LABELS, ...controls])).toEqual([]);
}

/** The chapter's section headings, which the test leaves out when it looks for button labels. */
async function headingsOf(page: Page): Promise<string[]> {
  return page.getByRole('main').getByRole('heading').allInnerTexts();
}

test('a printed chapter has its questions, cards and answer key, and no buttons', async ({
  page,
  quiz,
  deck,
}) => {
  await page.goto(`${chapter.id}/`);
  await quiz.ready();
  await deck.ready();
  // Every control the page shows on screen must stay off the paper too, new ones included.
  const onScreen = await page.getByRole('main').getByRole('button').allInnerTexts();
  expect(onScreen).toContain('Check');
  await expectPrintedChapter(
    page,
    await headingsOf(page),
    onScreen.map((label) => label.replace(/\s+/g, ' ').trim()).filter(Boolean),
  );
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a printed chapter still has its answer key and card list', async ({ page }) => {
    await page.goto(`${chapter.id}/`);
    await expectPrintedChapter(page, await headingsOf(page));
  });
});

test('the answer key and card list stay off the screen', async ({ page, deck }) => {
  await page.goto(`${chapter.id}/`);
  await deck.ready();
  const key = page.getByRole('heading', { name: 'Answer key', includeHidden: true });
  await expect(key).toHaveCount(1);
  await expect(key).toBeHidden();
  const printedCard = page.getByRole('term', { includeHidden: true }).filter({
    hasText: card.front,
  });
  await expect(printedCard).toHaveCount(1);
  await expect(printedCard).toBeHidden();
});

test('the printed practice test with answers puts every answer after the last question', async ({
  page,
}) => {
  await page.goto('practice/answer-key/');
  const questions = page.getByRole('main').getByRole('group', { name: /^Question \d+ of \d+/ });
  const lastPrompt = squeezed(
    (await questions.last().locator('.quiz-question__prompt').textContent()) ?? '',
  );
  const printed = await printedText(page);
  const text = squeezed(printed);
  const key = text.indexOf('Answerkey');
  expect(key, 'the answer key heading').toBeGreaterThan(-1);
  expect(text.indexOf(squeezed(question.prompt)), 'a question, before the key').toBeLessThan(key);
  expect(text.indexOf(lastPrompt), 'the last question, before the key').toBeLessThan(key);
  expect(text.slice(key)).toContain(squeezed(correct.why));
  expect(text.slice(0, key)).not.toContain(squeezed(correct.why));
  // The page's own words name the buttons ("open Show answer"); the questions must not show them.
  const asked = printed.slice(printed.indexOf('Question 1 of'), printed.indexOf('Answer key'));
  expect(labelsIn(asked, ['Show answer', 'Check'])).toEqual([]);
});
