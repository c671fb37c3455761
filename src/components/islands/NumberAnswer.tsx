/**
 * A numeric question's answer box: a labelled text input (not type="number", which refuses
 * "1,000" and varies by locale) with the unit after it. What was typed is read by
 * src/lib/numeric.ts when the learner presses Check.
 */
import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import type { NumericQuestionView } from '../../lib/quiz-view';

export interface NumberAnswerProps {
  question: NumericQuestionView;
  text: string;
  disabled: boolean;
  /** Set when what was typed is not a number; the input points to it. */
  invalid: boolean;
  describedBy: string;
  input: Ref<HTMLInputElement>;
  onInput: (text: string) => void;
}

export function NumberAnswer(props: NumberAnswerProps) {
  const id = useId();
  const { unit } = props.question.answer;
  return (
    <p class="quiz-number">
      <label for={id}>Your answer</label>{' '}
      <input
        ref={props.input}
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellcheck={false}
        value={props.text}
        disabled={props.disabled}
        aria-invalid={props.invalid}
        aria-describedby={props.describedBy}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      {unit && <span class="quiz-number__unit"> {unit}</span>}
    </p>
  );
}

export interface NumberFeedbackProps {
  question: NumericQuestionView;
  /** The number given last, if any. */
  lastValue: number | undefined;
  ended: boolean;
}

/**
 * What a numeric question says after a Check: the number given while a try is left, and the
 * answer with how to work it out once the attempt has ended. The `why` HTML comes only from
 * renderInlineMarkdown (src/lib/inline-markdown.ts) at build time: hence dangerouslySetInnerHTML.
 */
export function NumberFeedback({ question, lastValue, ended }: NumberFeedbackProps) {
  const { unit, label } = question.answer;
  if (ended) {
    return (
      <p class="quiz-question__why">
        <strong>Answer: {label}.</strong>{' '}
        {/* Sanitized at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
        <span dangerouslySetInnerHTML={{ __html: question.whyHtml }} />
      </p>
    );
  }
  if (lastValue === undefined) return null;
  return (
    <p>
      You answered {lastValue.toLocaleString('en-US')}
      {unit ? ` ${unit}` : ''}.
    </p>
  );
}
