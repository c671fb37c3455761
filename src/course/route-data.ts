/**
 * Starlight route middleware: puts the current chapter's island props on `Astro.locals.course`
 * (typed in src/locals.d.ts), so `<Quiz />`, `<Flashcards />` and the MarkdownContent override
 * read them instead of computing them. Anchors come from the page Astro just rendered.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pathWithBase } from '../lib/base-path';
import { anchorBlocks, tocWithBlocks } from '../lib/toc';
import { chapterViews } from './chapter-views';
import { placementsOf } from './placements';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const { entry, headings } = route;
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
  };
});
