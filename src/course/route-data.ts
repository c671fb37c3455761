/**
 * Starlight route middleware: puts the current chapter's island props on `Astro.locals.course`
 * (typed in src/locals.d.ts), so `<Quiz />`, `<Flashcards />` and the MarkdownContent override
 * read them instead of computing them. Anchors come from the page Astro just rendered.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pathWithBase } from '../lib/base-path';
import { chapterViews } from './chapter-views';

export const onRequest = defineRouteMiddleware((context) => {
  const { entry, headings } = context.locals.starlightRoute;
  // Links written in frontmatter (the landing page's hero buttons) are site-root paths like the
  // Markdown links; they get the base path here, where starlight-links-validator checks them.
  for (const action of entry.data.hero?.actions ?? []) action.link = pathWithBase(action.link);
  const hasBlocks = (entry.data.quiz?.length ?? 0) + (entry.data.flashcards?.length ?? 0) > 0;
  context.locals.course = {
    file: entry.filePath ?? entry.id,
    objectives: entry.data.objectives,
    // Plain Markdown chapters cannot import components, so their deck and quiz follow the text.
    autoPlace: entry.filePath?.endsWith('.md') ?? false,
    // Every item here shares the chapter, so the props leave it out.
    ...(hasBlocks
      ? chapterViews(entry, headings, { withChapter: false })
      : { questions: [], cards: [], promptTexts: {} }),
    placedQuestions: new Set(),
    placedQuizzes: [],
  };
});
