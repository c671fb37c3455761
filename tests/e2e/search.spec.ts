import { expect, test } from '@playwright/test';
import { loadChapters } from '../support/course';
import { SearchDialog } from './pages/search-dialog';

test('searching "catastrophic forgetting" finds the challenges chapter and lands on the section @smoke', async ({
  page,
}) => {
  await page.goto('./');
  const search = new SearchDialog(page);
  await search.search('catastrophic forgetting');
  const result = search
    .results()
    .filter({ hasText: /catastrophic forgetting/i })
    .first();
  await expect(result).toHaveAttribute(
    'href',
    /\/responsible\/challenges\/#catastrophic-forgetting$/,
  );
  await result.click();
  await expect(page).toHaveURL(
    /\/responsible\/challenges\/\?highlight=catastrophic\+forgetting#catastrophic-forgetting$/,
  );
  await expect(
    page.getByRole('heading', { name: 'Catastrophic forgetting', level: 2 }),
  ).toBeInViewport();
  // Pagefind's highlighter marks the searched words on the page the result opened.
  // <mark> has no ARIA role Playwright can query, so this one locator is by element.
  await expect(page.getByRole('main').locator('mark').first()).toHaveText(/catastrophic/i);
});

test('search finds quiz prompts but never shows their answers', async ({ page }) => {
  const chapter = loadChapters().find((each) => Array.isArray(each.data.quiz))!;
  const [question] = chapter.data.quiz as {
    prompt: string;
    options: { text: string; why: string }[];
  }[];
  await page.goto('./');
  const search = new SearchDialog(page);
  await search.search(question!.prompt);
  await expect(search.results().first()).toBeVisible();
  await expect
    .poll(() =>
      search.results().evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    )
    .toContainEqual(expect.stringContaining(`/${chapter.id}/`));
  const shown = (await search.dialog.textContent()) ?? '';
  for (const option of question!.options) expect(shown).not.toContain(option.why);

  await search.input.fill(question!.options[0]!.why);
  await expect(search.dialog.getByText(/No results|result/).first()).toBeVisible();
  expect((await search.dialog.textContent()) ?? '').not.toContain(question!.options[0]!.why);
});

test('search finds flashcard fronts but never shows their backs', async ({ page }) => {
  const chapter = loadChapters().find((each) => each.id === 'workflow/configuring-the-model')!;
  const card = (chapter.data.flashcards as { front: string; back: string }[]).find(
    (each) => each.front === 'Gradient accumulation',
  )!;
  await page.goto('./');
  const search = new SearchDialog(page);
  await search.search(card.front);
  await expect
    .poll(() =>
      search.results().evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    )
    .toContainEqual(expect.stringContaining(`/${chapter.id}/`));
  expect((await search.dialog.textContent()) ?? '').not.toContain(card.back);
});
