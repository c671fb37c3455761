/**
 * A multiple-choice question's options: radio buttons (one answer) or checkboxes (select all
 * that apply), each with its verdict and `why` once grading shows it. Options come in their
 * build-time display order; values are authored indexes.
 *
 * Option and explanation HTML comes only from renderInlineMarkdown (src/lib/inline-markdown.ts)
 * at build time, which allows emphasis, code, line breaks and safe links: hence
 * dangerouslySetInnerHTML. (A chapter quiz reads it back from its server render, the same HTML:
 * src/lib/page-text.ts.)
 */
import type { Ref } from 'preact';
import type { ChoiceQuestionView } from '../../lib/quiz-view';
import type { OptionVerdict } from '../../lib/scoring';
import { Verdict } from './Verdict';

export interface ChoiceOptionsProps {
  question: ChoiceQuestionView;
  name: string;
  picked: readonly number[];
  /** Verdicts to show, by authored index; an option without one shows no result yet. */
  verdicts: Partial<Record<number, OptionVerdict>>;
  disabled: boolean;
  firstInput: Ref<HTMLInputElement>;
  onToggle: (index: number) => void;
}

export function ChoiceOptions(props: ChoiceOptionsProps) {
  const { question, verdicts } = props;
  return (
    <ul class="quiz-question__options" data-pagefind-ignore>
      {question.options.map((option, position) => {
        const verdict = verdicts[option.index];
        return (
          <li
            key={option.index}
            class={verdict ? `quiz-option quiz-option--${verdict}` : 'quiz-option'}
          >
            <label>
              <input
                ref={position === 0 ? props.firstInput : undefined}
                type={question.selectAll ? 'checkbox' : 'radio'}
                name={props.name}
                value={option.index}
                checked={props.picked.includes(option.index)}
                disabled={props.disabled}
                onChange={() => props.onToggle(option.index)}
              />
              {/* Sanitized at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
              <span dangerouslySetInnerHTML={{ __html: option.html }} />
            </label>
            {verdict && (
              <p class="quiz-option__why">
                <Verdict verdict={verdict} />{' '}
                {/* Sanitized at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
                <span dangerouslySetInnerHTML={{ __html: option.whyHtml }} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
