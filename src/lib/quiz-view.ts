/**
 * Turns validated questions into the plain, serialisable props the quiz island renders.
 * Markdown is rendered here, at build time, so no parser ships to browsers.
 *
 * Options are put in their display order here, at build time: shuffled from the question's id,
 * so the order is the same for every learner, the same with and without JavaScript, and the
 * same before and after the island hydrates. Nothing moves under the pointer, and the right
 * answer still sits in different places across questions. (A per-learner order could only be
 * applied after the page loads, which is what made options jump.)
 */
import type { Question } from '../schemas/question';
import { absoluteTolerance, answerLabel } from './numeric';
import { reviewLink, type ReviewContext, type ReviewLink } from './review-link';
import { isSelectAll } from './scoring';
import { stableOrder } from './shuffle';

export interface OptionView {
  /** The option's position in the authored list; grading and saved answers use it. */
  index: number;
  html: string;
  correct: boolean;
  whyHtml: string;
}

interface QuestionBase {
  id: string;
  promptHtml: string;
  /** Shown after a wrong first try. */
  hintHtml?: string;
  /** Where the answer is taught: "Review: <title>" links here. */
  review: ReviewLink;
  /**
   * The chapter the question belongs to, for the practice page. Left out of chapter quizzes,
   * where every question shares it, to keep each page's island props small.
   */
  chapter?: { id: string; title: string; href: string };
}

export interface ChoiceQuestionView extends QuestionBase {
  kind: 'choice';
  /** In display order. */
  options: OptionView[];
  selectAll: boolean;
}

export interface NumericQuestionView extends QuestionBase {
  kind: 'numeric';
  answer: {
    value: number;
    /** Absolute: a percentage tolerance is worked out at build time. */
    tolerance: number;
    unit?: string;
    /** How the answer reads, e.g. "187.5 steps (± 0.5)". */
    label: string;
  };
  whyHtml: string;
}

export type QuestionView = ChoiceQuestionView | NumericQuestionView;

export interface ChapterContext extends ReviewContext {
  id: string;
  /** Renders inline Markdown to sanitised HTML (src/lib/inline-markdown.ts). */
  renderInline: (markdown: string) => string;
}

/** The order a question's options are shown in, the same for everyone. */
export function displayOrder(
  question: Pick<Question, 'id' | 'fixedOrder'>,
  count: number,
): number[] {
  if (question.fixedOrder) return Array.from({ length: count }, (_, index) => index);
  return stableOrder(count, 'options', question.id);
}

export function toQuestionView(
  question: Question,
  chapter: ChapterContext,
  { withChapter = true }: { withChapter?: boolean } = {},
): QuestionView {
  const base: QuestionBase = {
    id: question.id,
    promptHtml: chapter.renderInline(question.prompt),
    ...(question.hint ? { hintHtml: chapter.renderInline(question.hint) } : {}),
    review: reviewLink(question.teaches, chapter),
    ...(withChapter
      ? { chapter: { id: chapter.id, title: chapter.title, href: chapter.href } }
      : {}),
  };
  if (question.answer) {
    const { value, tolerance, unit } = question.answer;
    return {
      ...base,
      kind: 'numeric',
      answer: {
        value,
        tolerance: absoluteTolerance(value, tolerance),
        ...(unit ? { unit } : {}),
        label: answerLabel(value, tolerance, unit),
      },
      whyHtml: chapter.renderInline(question.why ?? ''),
    };
  }
  const options = question.options ?? [];
  return {
    ...base,
    kind: 'choice',
    options: displayOrder(question, options.length).map((index) => {
      const option = options[index]!;
      return {
        index,
        html: chapter.renderInline(option.text),
        correct: option.correct,
        whyHtml: chapter.renderInline(option.why),
      };
    }),
    selectAll: isSelectAll({ options }),
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
