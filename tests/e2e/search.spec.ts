import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';

test('searching "catastrophic forgetting" finds the challenges chapter and lands on a section about it @smoke', async ({
  page,
  search,
}) => {
  await page.goto('./');
  await search.search('catastrophic forgetting');
  // The glossary's definition may rank first; the chapter must be among the results, and its
  // links open the section that matched.
  const result = search.results().and(page.locator('[href*="/responsible/challenges/#"]')).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page).toHaveURL(
    /\/responsible\/challenges\/\?highlight=catastrophic\+forgetting#[\w-]+$/,
  );
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  // Pagefind's highlighter marks the searched words on the page the result opened.
  // <mark> has no ARIA role Playwright can query, so this one locator is by element.
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(
    /catastrophic|forgetting/i,
  );
});

test('search finds quiz prompts but never shows their answers', async ({ page, search }) => {
  const chapter = loadChapters().find((each) => Array.isArray(each.data.quiz))!;
  const [question] = chapter.data.quiz as {
    prompt: string;
    options: { text: string; why: string }[];
  }[];
  await page.goto('./');
  await search.search(question!.prompt);
  await expect(search.results().first()).toBeVisible();
  await expect
    .poll(() =>
      search.results().evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    )
    .toContainEqual(expect.stringContaining(`/${chapter.id}/`));
  const shown = await search.resultsText();
  expect(shown).not.toBe('');
  for (const option of question!.options) expect(shown).not.toContain(option.why);

  // Search for an explanation's words: Pagefind's message must be about this new query (not the
  // previous one's "N results"), and no result may show the explanation.
  const why = question!.options[0]!.why;
  await search.input.fill(why);
  await expect(search.resultsMessage(why)).toBeVisible();
  // Excerpts are cut to a few dozen words, so look for any five-word run of the explanation.
  const words = why.toLowerCase().split(/\s+/);
  const runs = words.slice(0, -4).map((_, at) => words.slice(at, at + 5).join(' '));
  const shownText = (await search.resultsText()).toLowerCase().replace(/\s+/g, ' ');
  expect(runs.filter((run) => shownText.includes(run))).toEqual([]);
});

test('search finds flashcard fronts but never shows their backs', async ({ page, search }) => {
  const chapter = loadChapters().find((each) => each.id === 'workflow/configuring-the-model')!;
  const card = (chapter.data.flashcards as { id: string; front: string; back: string }[]).find(
    (each) => each.id === 'gradient-accumulation',
  )!;
  await page.goto('./');
  await search.search(card.front);
  await expect
    .poll(() =>
      search.results().evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    )
    .toContainEqual(expect.stringContaining(`/${chapter.id}/`));
  const shown = await search.resultsText();
  expect(shown).toContain(card.front);
  expect(shown).not.toContain(card.back);
});
