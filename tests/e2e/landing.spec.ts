import { expect, test } from '@playwright/test';
import { loadChapters } from '../support/course';
import { LandingPage } from './pages/landing-page';

test('the landing page links to every chapter @smoke', async ({ page }) => {
  const landing = new LandingPage(page);
  await landing.goto();
  for (const chapter of loadChapters()) {
    await expect(landing.chapterLink(chapter.data.title)).toHaveAttribute(
      'href',
      new RegExp(`/${chapter.id}/$`),
    );
  }
});
