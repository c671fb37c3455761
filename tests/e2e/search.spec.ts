import { expect, test } from '@playwright/test';
import { SearchDialog } from './pages/search-dialog';

test('searching "catastrophic forgetting" finds the challenges chapter and lands on the section', async ({
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
  await expect(page).toHaveURL(/\/responsible\/challenges\/#catastrophic-forgetting$/);
  await expect(
    page.getByRole('heading', { name: 'Catastrophic forgetting', level: 2 }),
  ).toBeInViewport();
});
