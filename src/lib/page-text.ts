/**
 * Text written once per page. A chapter's quiz and deck render their text into the HTML (the
 * no-JavaScript version), and Astro serialises an island's props into the same page as JSON, so
 * every prompt, option, explanation and card used to go out twice. Instead the props carry each
 * item's frame (ids, kinds, which options are correct, the hint the HTML does not show), and
 * the text reaches the island another way:
 *
 * - in the server render, from `provideText`: `Quiz.astro` and `Flashcards.astro` register the
 *   text under the very array they pass as props, and the island looks it up by that array;
 * - in the browser, from the HTML the island is hydrating over (page-text-dom.ts), read in its
 *   first render, before anything on screen changes.
 *
 * A frame that carries its text (a component test, a page that passes whole views) keeps it.
 */
import type { CardView } from './flashcard-view';
import type {
  ChoiceQuestionView,
  NumericQuestionView,
  OptionView,
  QuestionView,
} from './quiz-view';
import type { ReviewLink } from './review-link';

/** A question's text that its server-rendered HTML holds (the prompt and the answer key). */
export interface QuestionText {
  promptHtml: string;
  review: ReviewLink;
  /** Choice questions: each option's text and why, in display order. */
  options?: { html: string; whyHtml: string }[];
  /** Numeric questions: how the answer is worked out. */
  whyHtml?: string;
}

type ChoiceFrame = Omit<ChoiceQuestionView, 'promptHtml' | 'review' | 'options'> &
  Partial<Pick<ChoiceQuestionView, 'promptHtml' | 'review'>> & {
    options: (Omit<OptionView, 'html' | 'whyHtml'> &
      Partial<Pick<OptionView, 'html' | 'whyHtml'>>)[];
  };
type NumericFrame = Omit<NumericQuestionView, 'promptHtml' | 'review' | 'whyHtml'> &
  Partial<Pick<NumericQuestionView, 'promptHtml' | 'review' | 'whyHtml'>>;
/** A question as its island's props carry it: the text is added by `withQuestionText`. */
export type QuestionFrame = ChoiceFrame | NumericFrame;

/** A card's text that the deck's server-rendered list holds. */
export type CardText = Pick<CardView, 'frontHtml' | 'backHtml'>;
/** A card as the deck's props carry it. */
export type CardFrame = Omit<CardView, keyof CardText> & Partial<CardText>;

export function questionFrame(view: QuestionView): QuestionFrame {
  if (view.kind === 'numeric') {
    const { promptHtml: _prompt, review: _review, whyHtml: _why, ...frame } = view;
    return frame;
  }
  const { promptHtml: _prompt, review: _review, options, ...rest } = view;
  return { ...rest, options: options.map(({ index, correct }) => ({ index, correct })) };
}

export function questionText(view: QuestionView): QuestionText {
  const { promptHtml, review } = view;
  return view.kind === 'numeric'
    ? { promptHtml, review, whyHtml: view.whyHtml }
    : { promptHtml, review, options: view.options.map(({ html, whyHtml }) => ({ html, whyHtml })) };
}

/** Whether a frame already carries its text (then nothing needs reading). */
export function hasQuestionText(frame: QuestionFrame): frame is QuestionView {
  if (frame.promptHtml === undefined || frame.review === undefined) return false;
  return frame.kind === 'numeric'
    ? frame.whyHtml !== undefined
    : frame.options.every((option) => option.html !== undefined);
}

export function withQuestionText(frame: QuestionFrame, text: QuestionText): QuestionView {
  if (hasQuestionText(frame)) return frame;
  const base = { ...frame, promptHtml: text.promptHtml, review: text.review };
  if (base.kind === 'numeric') return { ...base, whyHtml: text.whyHtml ?? '' };
  return {
    ...base,
    // The same build wrote the page and the props, so the options line up.
    options: base.options.map((option, position) => ({
      html: '',
      whyHtml: '',
      ...option,
      ...text.options?.[position],
    })),
  };
}

export const cardFrame = ({ frontHtml: _front, backHtml: _back, ...frame }: CardView): CardFrame =>
  frame;
export const cardText = ({ frontHtml, backHtml }: CardView): CardText => ({ frontHtml, backHtml });

export function withCardText(frame: CardFrame, text: CardText): CardView {
  if (frame.frontHtml !== undefined && frame.backHtml !== undefined) return frame as CardView;
  return { ...frame, ...text };
}

const provided = new WeakMap<readonly object[], readonly object[]>();

/**
 * Build side: registers the text of `frames` (the array passed as island props) for the
 * island's server render. `texts` is in the same order as `frames`.
 */
export function provideText<Frame extends object, Text extends object>(
  frames: Frame[],
  texts: readonly Text[],
): Frame[] {
  provided.set(frames, texts);
  return frames;
}

/** The text registered for `frames` by `provideText`, if any. */
export function providedText<Text extends object>(frames: readonly object[]): Text[] | undefined {
  return provided.get(frames) as Text[] | undefined;
}
