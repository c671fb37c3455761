// Server-only: the one place that turns chapters into island props. The chapter quiz and
// deck, the practice test, review page, progress page and Anki export all read from here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { marked } from 'marked';
import { readingOrder } from '../lib/chapters';
import { headingsOf } from '../lib/headings';
import { toCardView, type CardView } from '../lib/flashcard-view';
import { toQuestionView, type ChapterContext, type QuestionView } from '../lib/quiz-view';

export interface ChapterData {
  id: string;
  title: string;
  href: string;
  questions: QuestionView[];
  cards: CardView[];
}

const renderInline = (markdown: string) => marked.parseInline(markdown, { async: false });

/** The site's base path without its trailing slash: '' at the root, '/course' under /course/. */
export const siteBase = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * What the views need to know about a chapter. `headings` defaults to those read from the
 * source, so no chapter is rendered a second time just for its anchors: with a thousand
 * chapters, rendering here doubled the build (see BENCHMARKS.md).
 */
export function chapterContext(
  entry: CollectionEntry<'docs'>,
  headings: ChapterContext['headings'] = headingsOf(entry.body ?? ''),
): ChapterContext {
  const href = `${siteBase()}/${entry.id}/`;
  return { id: entry.id, title: entry.data.title, href, headings, renderInline };
}

interface ViewOptions {
  /** Whether each item carries its chapter (course-wide pages need it; chapters do not). */
  withChapter: boolean;
}

// Drafts are unfinished (see the `draft` field) and never reach learners.

/** The chapter's published questions, as island props. */
export function chapterQuestions(
  entry: CollectionEntry<'docs'>,
  context: ChapterContext,
  { withChapter }: ViewOptions,
): QuestionView[] {
  return (entry.data.quiz ?? [])
    .filter((question) => !question.draft)
    .map((question) => toQuestionView(question, context, { withChapter }));
}

/** The chapter's published cards, as island props. */
export function chapterCards(
  entry: CollectionEntry<'docs'>,
  context: ChapterContext,
  { withChapter }: ViewOptions,
): CardView[] {
  return (entry.data.flashcards ?? [])
    .filter((card) => !card.draft)
    .map((card) => toCardView(card, context, { withChapter }));
}

let cached: Promise<ChapterData[]> | undefined;

/** Every chapter with its questions and cards, in reading order; computed once per build. */
export function courseChapters(): Promise<ChapterData[]> {
  const load = async () =>
    readingOrder(await getCollection('docs')).map((entry) => {
      const context = chapterContext(entry);
      const questions = chapterQuestions(entry, context, { withChapter: true });
      const cards = chapterCards(entry, context, { withChapter: true });
      return { id: entry.id, title: entry.data.title, href: context.href, questions, cards };
    });
  // In the dev server content changes between requests, so only a build reuses the result.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

/** Strips tags from rendered inline Markdown, for plain-text lists. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
