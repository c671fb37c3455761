/**
 * The printed answer key: what each question's entry says, worked out from the same question
 * views the quiz island gets. Options are named by letter in their display order (the order is
 * fixed at build time, see quiz-view.ts), and print.css letters the printed options the same
 * way, so "Answer: B" points at the option printed second.
 */
import type { QuestionView } from './quiz-view';

/** One line of a printed answer key: a letter (for an option) and its sanitised `why` HTML. */
export interface KeyExplanation {
  letter: string;
  whyHtml: string;
}

export type AnswerKeyEntry =
  | {
      kind: 'choice';
      /** The letters of the correct options, e.g. "B" or "A, C". */
      answer: string;
      /** The correct options' sanitised HTML, in display order. */
      correctHtml: string[];
      /** Every option's explanation, in display order. */
      explanations: KeyExplanation[];
    }
  | {
      kind: 'numeric';
      /** How the answer reads, e.g. "187.5 steps (± 0.5)". */
      answer: string;
      whyHtml: string;
    };

/**
 * The letter CSS's `upper-alpha` list style gives the option at `position` (0-based):
 * A to Z, then AA, AB and so on.
 */
export function optionLetter(position: number): string {
  let letters = '';
  for (let rest = position + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

export function answerKeyEntry(question: QuestionView): AnswerKeyEntry {
  if (question.kind === 'numeric') {
    return { kind: 'numeric', answer: question.answer.label, whyHtml: question.whyHtml };
  }
  const lettered = question.options.map((option, position) => ({
    ...option,
    letter: optionLetter(position),
  }));
  const correct = lettered.filter((option) => option.correct);
  return {
    kind: 'choice',
    answer: correct.map((option) => option.letter).join(', '),
    correctHtml: correct.map((option) => option.html),
    explanations: lettered.map(({ letter, whyHtml }) => ({ letter, whyHtml })),
  };
}
