import { expect, test } from './fixtures';

test('a chapter links its first use of a glossary term to the entry, and only the first @smoke', async ({
  page,
  glossary,
}) => {
  await page.goto('workflow/lora-and-qlora/');
  const main = page.getByRole('main');
  // The chapter names LoRA many times; one of them, the first, is a link.
  expect(((await main.textContent()) ?? '').match(/\bLoRA\b/g)?.length).toBeGreaterThan(3);
  const links = main.getByRole('link', { name: 'LoRA', exact: true });
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('title', 'Glossary: LoRA');
  await expect(links).toHaveAttribute('href', /\/glossary\/#lora$/);
  await expect(links).toHaveCSS('text-decoration-style', 'dotted');
  // No heading holds a term link.
  await expect(main.getByRole('heading').getByRole('link', { name: 'LoRA' })).toHaveCount(0);

  await links.click();
  await expect(page).toHaveURL(/\/glossary\/#lora$/);
  await expect(glossary.terms.filter({ hasText: /^LoRA$/ })).toBeInViewport();
});
