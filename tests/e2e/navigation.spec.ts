import { expect, test } from '@playwright/test';
import { loadChapters } from '../support/course';
import { ChapterPage } from './pages/chapter-page';

const chapters = loadChapters();

test('the sidebar reaches every chapter @smoke', async ({ page }) => {
  const chapter = new ChapterPage(page);
  await chapter.goto('glossary/');
  for (const { id, data } of chapters) {
    await chapter.sidebarLink(data.title).click();
    await expect(page).toHaveURL(new RegExp(`/${id}/$`));
    await expect(chapter.heading).toHaveText(data.title);
  }
});

test('next links walk through the chapters in order, and previous links walk back', async ({
  page,
}) => {
  const chapter = new ChapterPage(page);
  await chapter.goto(`${chapters[0]?.id}/`);
  for (const { data } of chapters.slice(1)) {
    await chapter.follow('next');
    await expect(chapter.heading).toHaveText(data.title);
  }
  for (const { data } of chapters.slice(0, -1).reverse()) {
    await chapter.follow('previous');
    await expect(chapter.heading).toHaveText(data.title);
  }
});

test('every chapter opens with its learning objectives', async ({ page }) => {
  const chapter = new ChapterPage(page);
  for (const { id, data } of chapters) {
    await chapter.goto(`${id}/`);
    const objectives = page.getByRole('region', { name: 'In this chapter you will learn to' });
    await expect(objectives.getByRole('listitem')).toHaveText(data.objectives ?? []);
  }
});
