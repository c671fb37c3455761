// Server-only: the one place that turns chapters into island props. The chapter quiz and
// deck, the practice test, review page, progress page and Anki export all read from here.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingOrder } from '../lib/chapters';
import { headingsOf } from '../course/headings';
import { inlineMarkdownText, renderInlineMarkdown } from '../lib/inline-markdown';
import { toCardView, type CardView } from '../lib/flashcard-view';
import { toQuestionView, type ChapterContext, type QuestionView } from '../lib/quiz-view';

export interface ChapterData {
  id: string;
  title: string;
  href: string;
  questions: QuestionView[];
  cards: CardView[];
  /** Each published question's prompt as plain words, for text-only lists. */
  promptTexts: Record<string, string>;
}

// Question and card text is untrusted data; this sanitiser is the only way it becomes HTML.
const renderInline = (markdown: string) =>
  renderInlineMarkdown(markdown, { base: import.meta.env.BASE_URL });

/** The site's base path without its trailing slash: '' at the root, '/course' under /course/. */
export const siteBase = () => import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * What the views need to know about a chapter. `headings` defaults to those read from the
 * source, so no chapter is rendered a second time just for its anchors: with a thousand
 * chapters, rendering here doubled the build (see BENCHMARKS.md).
 */
export function chapterContext(
  entry: CollectionEntry<'docs'>,
  headings: ChapterContext['headings'] = headingsOf(
    entry.body ?? '',
    entry.filePath?.endsWith('.md') ? 'md' : 'mdx',
  ),
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
    // Draft pages (`draft: true`, e.g. fresh imports) are left out of the production build by
    // Starlight; their questions and cards must not surface on course-wide pages either.
    readingOrder(await getCollection('docs', (entry) => !entry.data.draft)).map((entry) => {
      const context = chapterContext(entry);
      const questions = chapterQuestions(entry, context, { withChapter: true });
      const cards = chapterCards(entry, context, { withChapter: true });
      const promptTexts = Object.fromEntries(
        (entry.data.quiz ?? []).map((question) => [
          question.id,
          inlineMarkdownText(question.prompt),
        ]),
      );
      return {
        id: entry.id,
        title: entry.data.title,
        href: context.href,
        questions,
        cards,
        promptTexts,
      };
    });
  // In the dev server content changes between requests, so only a build reuses the result.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}
