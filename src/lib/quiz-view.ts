/**
 * Turns validated questions into the plain, serialisable props the quiz island
 * renders. Markdown is rendered here, at build time, so no parser ships to browsers.
 */
import type { Question } from '../schemas/question';
import { reviewLink, type ReviewContext, type ReviewLink } from './review-link';
import { isSelectAll } from './scoring';
import { stableOrder } from './shuffle';

export interface OptionView {
  html: string;
  correct: boolean;
  whyHtml: string;
}

export interface QuestionView {
  id: string;
  promptHtml: string;
  options: OptionView[];
  selectAll: boolean;
  fixedOrder: boolean;
  /** Where the answer is taught: "Review: <title>" links here. */
  review: ReviewLink;
  /**
   * The chapter the question belongs to, for the practice page. Left out of chapter quizzes,
   * where every question shares it, to keep each page's island props small.
   */
  chapter?: { id: string; title: string; href: string };
}

export interface ChapterContext extends ReviewContext {
  id: string;
  /** Renders inline Markdown to sanitised HTML (src/lib/inline-markdown.ts). */
  renderInline: (markdown: string) => string;
}

export function toQuestionView(
  question: Question,
  chapter: ChapterContext,
  { withChapter = true }: { withChapter?: boolean } = {},
): QuestionView {
  return {
    id: question.id,
    promptHtml: chapter.renderInline(question.prompt),
    options: question.options.map((option) => ({
      html: chapter.renderInline(option.text),
      correct: option.correct,
      whyHtml: chapter.renderInline(option.why),
    })),
    selectAll: isSelectAll(question),
    fixedOrder: question.fixedOrder,
    review: reviewLink(question.teaches, chapter),
    ...(withChapter
      ? { chapter: { id: chapter.id, title: chapter.title, href: chapter.href } }
      : {}),
  };
}

/**
 * Picks the questions a `<Quiz ids={…} />` asks for, in the order given, or all of them.
 * Throws with the file and the unknown id, because a typo would silently drop a question.
 */
export function selectQuestions<T extends { id: string }>(
  questions: readonly T[],
  ids: readonly string[] | undefined,
  file: string,
): T[] {
  if (!ids) return [...questions];
  return ids.map((id) => {
    const found = questions.find((question) => question.id === id);
    if (!found) {
      const known = questions.map((question) => `"${question.id}"`).join(', ') || 'none';
      throw new Error(
        `${file} › <Quiz ids> › "${id}": no question in this chapter's \`quiz\` has that id. Known ids: ${known}.`,
      );
    }
    return found;
  });
}

/**
 * The order to show a question's options in: the learner's own stable shuffle, or the
 * authored order for `fixedOrder` questions and before the learner's seed is known.
 */
export function optionOrder(
  question: Pick<QuestionView, 'id' | 'fixedOrder' | 'options'>,
  seed: string | undefined,
): number[] {
  const count = question.options.length;
  if (seed === undefined || question.fixedOrder) return Array.from({ length: count }, (_, i) => i);
  return stableOrder(count, seed, question.id);
}
