import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';

test('the landing page links to every chapter @smoke', async ({ landing }) => {
  await landing.goto();
  for (const chapter of loadChapters()) {
    await expect(landing.chapterLink(chapter.data.title)).toHaveAttribute(
      'href',
      new RegExp(`/${chapter.id}/$`),
    );
  }
});
