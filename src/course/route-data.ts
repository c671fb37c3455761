/**
 * Starlight route middleware: puts the current chapter's island props on `Astro.locals.course`
 * (typed in src/locals.d.ts), so `<Quiz />`, `<Flashcards />` and the MarkdownContent override
 * read them instead of computing them. Anchors come from the page Astro just rendered.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pathWithBase } from '../lib/base-path';
import { readingMinutes } from '../lib/reading-time';
import { anchorBlocks, tocWithBlocks } from '../lib/toc';
import { courseCatalog, type CatalogChapter } from './catalog';
import { chapterViews } from './chapter-views';
import { placementsOf } from './placements';
import { tagChapterLinks } from './sidebar-marks';

const idMaps = new WeakMap<CatalogChapter[], Map<string, string>>();

/** Chapter ids by URL, built once per catalog rather than once per page. */
function chapterIdsByHref(catalog: CatalogChapter[]): Map<string, string> {
  let map = idMaps.get(catalog);
  if (!map) {
    map = new Map(catalog.map((chapter) => [chapter.href, chapter.id]));
    idMaps.set(catalog, map);
  }
  return map;
}

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const { entry, headings } = route;
  const catalog = await courseCatalog();
  tagChapterLinks(route.sidebar, chapterIdsByHref(catalog));
  const position = catalog.findIndex((chapter) => chapter.id === entry.id);
  const following = catalog[position + 1];
  // Links written in frontmatter (the landing page's hero buttons) are site-root paths like the
  // Markdown links; they get the base path here, where starlight-links-validator checks them.
  for (const action of entry.data.hero?.actions ?? []) action.link = pathWithBase(action.link);
  const hasBlocks = (entry.data.quiz?.length ?? 0) + (entry.data.flashcards?.length ?? 0) > 0;
  const views = hasBlocks
    ? chapterViews(entry, headings, { withChapter: false })
    : { questions: [], cards: [], promptTexts: {} };
  const format = entry.filePath?.endsWith('.md') ? 'md' : 'mdx';
  const blocks = hasBlocks
    ? anchorBlocks(
        placementsOf(entry.body ?? '', format, {
          quiz: views.questions.length > 0,
          flashcards: views.cards.length > 0,
        }),
        headings.map((heading) => heading.slug),
      )
    : [];
  if (route.toc && blocks.length > 0) {
    route.toc.items = tocWithBlocks(route.toc.items, headings, blocks);
  }
  context.locals.course = {
    file: entry.filePath ?? entry.id,
    objectives: entry.data.objectives,
    // Plain Markdown chapters cannot import components, so their deck and quiz follow the text.
    autoPlace: entry.filePath?.endsWith('.md') ?? false,
    // Every item here shares the chapter, so the props leave it out.
    ...views,
    placedQuestions: new Set(),
    placedQuizzes: [],
    // Taken in document order by <Quiz /> and <Flashcards /> as they render.
    blockAnchors: {
      quiz: blocks.filter((block) => block.kind === 'quiz').map((block) => block.anchor),
      flashcards: blocks
        .filter((block) => block.kind === 'flashcards')
        .map((block) => block.anchor),
    },
    chapter:
      position < 0
        ? undefined
        : {
            id: entry.id,
            number: position + 1,
            total: catalog.length,
            minutes: readingMinutes(entry.body ?? ''),
            next: following && { title: following.title, href: following.href },
            cardIds: catalog[position]!.cards.map((card) => card.id),
            deckAnchor: blocks.find((block) => block.kind === 'flashcards')?.anchor,
          },
  };
});
