import { expect, test } from './fixtures';
import { loadChapters } from '../support/course';

const chapters = loadChapters();

test('the sidebar reaches every chapter @smoke', async ({ page, chapterPage }) => {
  await chapterPage.goto('glossary/');
  for (const { id, data } of chapters) {
    await chapterPage.sidebarLink(data.title).click();
    await expect(page).toHaveURL(new RegExp(`/${id}/$`));
    await expect(chapterPage.heading).toHaveText(data.title);
  }
});

test('next links walk through the chapters in order, and previous links walk back', async ({
  chapterPage,
}) => {
  // Two page loads per chapter.
  test.setTimeout(10_000 + chapters.length * 4_000);
  await chapterPage.goto(`${chapters[0]?.id}/`);
  for (const { data } of chapters.slice(1)) {
    await chapterPage.follow('next');
    await expect(chapterPage.heading).toHaveText(data.title);
  }
  for (const { data } of chapters.slice(0, -1).reverse()) {
    await chapterPage.follow('previous');
    await expect(chapterPage.heading).toHaveText(data.title);
  }
});

test('every chapter opens with its learning objectives', async ({ page, chapterPage }) => {
  for (const { id, data } of chapters) {
    await chapterPage.goto(`${id}/`);
    const objectives = page.getByRole('region', { name: 'In this chapter you will learn to' });
    await expect(objectives.getByRole('listitem')).toHaveText(
      (data.objectives ?? []).map((objective) => objective.text),
    );
  }
});

test('the landing page, the sidebar and the next links list the chapters in one order @smoke', async ({
  page,
  landing,
  chapterPage,
}) => {
  const order = chapters.map(({ id }) => `/${id}/`);
  const chapterPaths = (hrefs: string[]) =>
    hrefs
      .map((href) => new URL(href).pathname.replace(process.env.BASE_PATH ?? '/', '/'))
      .filter((path) => order.includes(path));
  await landing.goto();
  const listed = await landing.chapterList
    .getByRole('listitem')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(chapterPaths(listed)).toEqual(order);
  await chapterPage.goto('glossary/');
  const sidebar = await chapterPage.sidebar
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(chapterPaths(sidebar)).toEqual(order);
  await page.goto(order[0]!.slice(1));
  const nextLinks: string[] = [];
  for (let step = 1; step < order.length; step += 1) {
    nextLinks.push((await chapterPage.next.getAttribute('href')) ?? '');
    await chapterPage.follow('next');
  }
  expect(nextLinks.map((href) => href.replace(process.env.BASE_PATH ?? '/', '/'))).toEqual(
    order.slice(1),
  );
});

test('"On this page" lists the quiz and the deck, and its links land on them', async ({
  page,
  quiz,
}) => {
  await page.goto(`${chapters[0]?.id}/`);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  for (const [name, anchor] of [
    ['Check your understanding', 'check-your-understanding'],
    ['Key terms', 'flashcards'],
  ] as const) {
    await expect(toc.getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      `#${anchor}`,
    );
  }
  await toc.getByRole('link', { name: 'Check your understanding', exact: true }).click();
  await expect(page).toHaveURL(/#check-your-understanding$/);
  await expect(
    quiz.region.getByRole('heading', { name: 'Check your understanding' }),
  ).toBeInViewport();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('the "On this page" bar names the quiz while the learner is in it', async ({
    page,
    quiz,
  }) => {
    await page.goto(`${chapters[0]?.id}/#check-your-understanding`);
    await quiz.ready();
    await expect(page.locator('mobile-starlight-toc .display-current')).toHaveText(
      'Check your understanding',
    );
  });
});
