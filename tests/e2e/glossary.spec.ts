import { expect, test } from './fixtures';
import { axeViolations } from './support/axe';
import { readGlossary } from '../../src/course/glossary';
import { matchesFilter } from '../../src/lib/glossary';

const { terms } = readGlossary(new URL('../../src/', import.meta.url));
const namesMatching = (query: string) =>
  terms.filter((entry) => matchesFilter(entry.term, query)).map((entry) => entry.term);

test('the jump bar lists A to Z, links the letters that have terms and leads to them @smoke', async ({
  page,
  glossary,
}) => {
  await glossary.goto();
  await expect(glossary.letters.getByRole('listitem')).toHaveCount(26);
  // No term starts with J: the letter is shown, but not as a link.
  await expect(glossary.letters.getByRole('listitem').nth(9)).toHaveText(/^J/);
  await expect(glossary.letter('J')).toHaveCount(0);
  await glossary.letter('Q').click();
  await expect(page).toHaveURL(/\/glossary\/#q$/);
  await expect(glossary.letterHeading('Q')).toBeInViewport();
});

test('the filter narrows the entries as you type and announces how many match', async ({
  glossary,
}) => {
  await glossary.goto();
  await expect(glossary.terms).toHaveCount(terms.length);
  await glossary.filter.fill('lora');
  const expected = namesMatching('lora');
  expect(expected.length).toBeGreaterThan(1);
  await expect(glossary.status).toHaveText(`${expected.length} terms match`);
  await expect(glossary.terms).toHaveText(expected);
  // Letters with no matching term go too; their entries' definitions with them.
  await expect(glossary.letterHeading('A')).toBeHidden();
  await expect(glossary.letterHeading('Q')).toBeVisible();

  await glossary.filter.fill('xyzzy');
  await expect(glossary.status).toHaveText('No terms match');
  await expect(glossary.emptyState).toBeVisible();
  await expect(glossary.emptyState).toContainText('“xyzzy”');
  await expect(glossary.terms).toHaveCount(0);

  await glossary.filter.fill('');
  await expect(glossary.emptyState).toBeHidden();
  await expect(glossary.terms).toHaveCount(terms.length);
});

test('following a letter while filtering clears the filter, so the letter is there', async ({
  page,
  glossary,
}) => {
  await glossary.goto();
  await glossary.filter.fill('lora');
  await glossary.letter('W').click();
  await expect(glossary.filter).toHaveValue('');
  await expect(page).toHaveURL(/#w$/);
  await expect(glossary.letterHeading('W')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the letters still jump, and no filter box is offered', async ({ page, glossary }) => {
    await glossary.goto();
    await expect(glossary.filter).toBeHidden();
    await glossary.letter('V').click();
    await expect(page).toHaveURL(/#v$/);
    await expect(glossary.letterHeading('V')).toBeInViewport();
  });
});

for (const theme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test(`axe finds nothing on the glossary, filtered or not, at ${width} px in the ${theme} theme`, async ({
      page,
      glossary,
    }) => {
      // Axe reads the whole 120-entry page twice.
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 800 });
      await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
      await glossary.goto();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await axeViolations(page)).toEqual([]);
      await glossary.filter.fill('xyzzy');
      await expect(glossary.emptyState).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
