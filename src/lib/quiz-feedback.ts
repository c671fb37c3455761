/**
 * What a question shows after each Check, worked out from its attempt (see attempts.ts):
 * - after a wrong first try: why each picked option is right or wrong, and the hint; the other
 *   options show nothing, so the answer stays hidden;
 * - once the attempt has ended: every option with its verdict and why, or the numeric answer.
 */
import type { Attempt, Outcome } from './attempts';
import type { QuestionView } from './quiz-view';
import { grade, type OptionVerdict } from './scoring';

export type Headline = Outcome | 'try-again' | 'partly-right';

export interface Feedback {
  /** Null before the first Check. */
  headline: Headline | null;
  /** Verdicts to show, by authored option index. */
  verdicts: Partial<Record<number, OptionVerdict>>;
  /** The attempt has ended: show every explanation and the answer. */
  ended: boolean;
  /** The hint shows (after a wrong first try, when the question has one). */
  hint: boolean;
  /** The number given last, for numeric questions. */
  lastValue?: number;
}

export function feedbackFor(question: QuestionView, attempt: Attempt | undefined): Feedback {
  const last = attempt?.tries.at(-1);
  const ended = attempt?.outcome != null;
  if (!attempt || (!ended && !last))
    return { headline: null, verdicts: {}, ended: false, hint: false };
  const lastValue = last?.value;
  if (ended) {
    const verdicts = question.kind === 'choice' ? grade(question, last?.picked ?? []).verdicts : [];
    return {
      headline: attempt.outcome,
      verdicts: { ...verdicts },
      ended: true,
      hint: false,
      ...(lastValue !== undefined ? { lastValue } : {}),
    };
  }
  // One wrong try so far: judge only what was picked.
  const hint = question.hintHtml !== undefined;
  if (question.kind === 'numeric') {
    return {
      headline: 'try-again',
      verdicts: {},
      ended: false,
      hint,
      ...(lastValue !== undefined ? { lastValue } : {}),
    };
  }
  const result = grade(question, last?.picked ?? []);
  const verdicts: Partial<Record<number, OptionVerdict>> = {};
  for (const index of last?.picked ?? []) verdicts[index] = result.verdicts[index];
  const partly = question.selectAll && result.credit > 0;
  return { headline: partly ? 'partly-right' : 'try-again', verdicts, ended: false, hint };
}

/** The sentence a learner reads (and hears) after Check. */
export const HEADLINES: Record<Headline, string> = {
  'first-try': 'Right, first time.',
  'after-retry': 'Right on your second try.',
  wrong: 'Not right this time. The answer is shown now.',
  revealed: 'Here is the answer.',
  'try-again': 'Not quite. You have one more try.',
  'partly-right':
    'Partly right: some of your choices are right, but not all. You have one more try.',
};
