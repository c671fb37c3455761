/**
 * Turns one chapter's validated frontmatter into the plain props its islands render: questions
 * and cards with their text as sanitised HTML and their review links. Shared by the per-page
 * route data and the course-wide catalog. Drafts never reach learners.
 */
import { toCardView, type CardView } from '../lib/flashcard-view';
import { inlineMarkdownText, renderInlineMarkdown } from '../lib/inline-markdown';
import { pathWithBase } from '../lib/base-path';
import { toQuestionView, type ChapterContext, type QuestionView } from '../lib/quiz-view';
import type { Chapter } from '../schemas/chapter';

/** What the views need from a docs entry. */
export interface ChapterSource {
  id: string;
  data: Chapter & { title: string };
}

export interface ChapterViews {
  questions: QuestionView[];
  cards: CardView[];
  /** Each published question's prompt as plain words, for text-only lists. */
  promptTexts: Record<string, string>;
}

export interface ViewOptions {
  /** Whether each item carries its chapter (course-wide pages need it; chapters do not). */
  withChapter: boolean;
  /** The site's base path; Astro's `BASE_URL` by default. */
  base?: string;
}

export function chapterContext(
  entry: ChapterSource,
  headings: ChapterContext['headings'],
  base: string = import.meta.env.BASE_URL,
): ChapterContext {
  return {
    id: entry.id,
    title: entry.data.title,
    href: pathWithBase(`/${entry.id}/`, base),
    headings,
    // Question and card text is untrusted data; this sanitiser is the only way it becomes HTML.
    renderInline: (markdown) => renderInlineMarkdown(markdown, { base }),
  };
}

export function chapterViews(
  entry: ChapterSource,
  headings: ChapterContext['headings'],
  { withChapter, base }: ViewOptions,
): ChapterViews {
  const context = chapterContext(entry, headings, base);
  const questions = (entry.data.quiz ?? []).filter((question) => !question.draft);
  return {
    questions: questions.map((question) => toQuestionView(question, context, { withChapter })),
    cards: (entry.data.flashcards ?? [])
      .filter((card) => !card.draft)
      .map((card) => toCardView(card, context, { withChapter })),
    promptTexts: Object.fromEntries(
      questions.map((question) => [question.id, inlineMarkdownText(question.prompt)]),
    ),
  };
}
