/**
 * One self-check question. Follows the native form pattern: a fieldset whose legend is
 * the prompt, radio buttons (one answer) or checkboxes (select all that apply), and a
 * Check button. Results are announced in an aria-live region and focus moves to them.
 * Without JavaScript (`interactive` false) a <details> "Show answer" disclosure reveals
 * the answer key instead.
 *
 * Every HTML string rendered here (promptHtml, option html, whyHtml) is produced at build time
 * by renderInlineMarkdown (src/lib/inline-markdown.ts) and nothing else: it allows only
 * emphasis, strong, inline code, line breaks and http(s)/mailto/site links, which is why
 * dangerouslySetInnerHTML is safe below.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { AnswerRecord } from '../../lib/progress';
import type { QuestionView } from '../../lib/quiz-view';
import { grade } from '../../lib/scoring';
import { Verdict } from './Verdict';

export interface QuestionCardProps {
  question: QuestionView;
  number: number;
  total: number;
  /** Authored option indexes in the order to show them. */
  order: readonly number[];
  /** The last checked answer, if any; the card shows its result. */
  saved: AnswerRecord | undefined;
  interactive: boolean;
  showChapter?: boolean;
  onCheck: (picked: number[], correct: boolean) => void;
}

const samePicks = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((index) => b.includes(index));

export function QuestionCard(props: QuestionCardProps) {
  const { question, number, total, order, saved, interactive, onCheck } = props;
  const inputName = `${useId()}-${question.id}`;
  const [picked, setPicked] = useState<number[]>(saved?.picked ?? []);
  const [hint, setHint] = useState('');
  const feedback = useRef<HTMLParagraphElement>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const focusAfterRender = useRef<'feedback' | 'first' | null>(null);
  const form = useRef<HTMLDivElement>(null);

  // A reset, or an answer given in another tab, replaces what is on screen. When the
  // island first becomes interactive, keep whatever the learner ticked while it hydrated.
  const adopted = useRef(false);
  useEffect(() => {
    if (saved)
      return setPicked((current) => (samePicks(current, saved.picked) ? current : saved.picked));
    if (interactive && !adopted.current) {
      adopted.current = true;
      const ticked = form.current?.querySelectorAll<HTMLInputElement>('input:checked') ?? [];
      if (ticked.length > 0) setPicked([...ticked].map((input) => Number(input.value)));
      return;
    }
    setPicked((current) => (current.length === 0 ? current : []));
  }, [saved, interactive]);
  useEffect(() => {
    if (focusAfterRender.current === 'feedback') feedback.current?.focus();
    if (focusAfterRender.current === 'first') firstInput.current?.focus();
    focusAfterRender.current = null;
  });

  const checked = interactive && saved !== undefined && samePicks(picked, saved.picked);
  const result = checked ? grade(question, picked) : undefined;

  function toggle(index: number) {
    setHint('');
    if (!question.selectAll) return setPicked([index]);
    setPicked(
      picked.includes(index) ? picked.filter((each) => each !== index) : [...picked, index],
    );
  }

  function check() {
    if (picked.length === 0) return setHint('Pick an answer first, then press Check.');
    focusAfterRender.current = 'feedback';
    onCheck(picked, grade(question, picked).correct);
  }

  function retry() {
    setPicked([]);
    focusAfterRender.current = 'first';
  }

  const partial = result && !result.correct && question.selectAll && result.credit > 0;
  return (
    // A div, not a <form>: Pagefind leaves forms out of the index, and prompts must be searchable.
    <div ref={form} class="quiz-question" id={`question-${question.id}`}>
      <fieldset>
        <legend>
          <span class="quiz-question__number" data-pagefind-ignore>
            Question {number} of {total}
            {props.showChapter && question.chapter && ` · ${question.chapter.title}`}
          </span>{' '}
          {/* Sanitised inline HTML; see the header. */}
          <span
            class="quiz-question__prompt"
            dangerouslySetInnerHTML={{ __html: question.promptHtml }}
          />
          {question.selectAll && <span class="quiz-question__hint"> Select all that apply.</span>}
        </legend>
        <ul class="quiz-question__options" data-pagefind-ignore>
          {order.map((index, position) => {
            const option = question.options[index];
            if (!option) return null;
            const verdict = result?.verdicts[index];
            return (
              <li
                key={index}
                class={verdict ? `quiz-option quiz-option--${verdict}` : 'quiz-option'}
              >
                <label>
                  <input
                    ref={position === 0 ? firstInput : undefined}
                    type={question.selectAll ? 'checkbox' : 'radio'}
                    name={inputName}
                    value={index}
                    checked={picked.includes(index)}
                    onChange={() => toggle(index)}
                  />
                  {/* Sanitised inline HTML; see the header. */}
                  <span dangerouslySetInnerHTML={{ __html: option.html }} />
                </label>
                {verdict && (
                  <p class="quiz-option__why">
                    <Verdict verdict={verdict} /> {/* Sanitised inline HTML; see the header. */}
                    <span dangerouslySetInnerHTML={{ __html: option.whyHtml }} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div class="quiz-question__feedback" aria-live="polite" data-pagefind-ignore>
        {hint && <p class="quiz-question__hint-text">{hint}</p>}
        {result && (
          <>
            <p tabIndex={-1} ref={feedback} class="quiz-question__result">
              <strong>
                {result.correct ? 'Correct!' : partial ? 'Partly right.' : 'Not quite.'}
              </strong>{' '}
              {result.correct
                ? 'Read why each option is right or wrong above.'
                : 'See which options were right above, then try again.'}
            </p>
            <a href={question.review.href}>Review: {question.review.title}</a>
          </>
        )}
      </div>
      {interactive ? (
        <div class="quiz-question__actions">
          {checked ? (
            <button type="button" class="course-button course-button--secondary" onClick={retry}>
              Try again
            </button>
          ) : (
            <button type="button" class="course-button" onClick={check}>
              Check
            </button>
          )}
        </div>
      ) : (
        <details class="quiz-question__answer" data-pagefind-ignore>
          <summary>Show answer</summary>
          <ul>
            {question.options.map((option) => (
              <li>
                <strong>{option.correct ? 'Correct: ' : 'Incorrect: '}</strong>
                {/* Sanitised inline HTML; see the header. */}
                <span dangerouslySetInnerHTML={{ __html: option.html }} /> —{' '}
                <span dangerouslySetInnerHTML={{ __html: option.whyHtml }} />
              </li>
            ))}
          </ul>
          <a href={question.review.href}>Review: {question.review.title}</a>
        </details>
      )}
    </div>
  );
}
