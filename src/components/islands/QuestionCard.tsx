/**
 * One self-check question, multiple choice or numeric. Follows the native form pattern: a
 * fieldset whose legend is the prompt, radio buttons or checkboxes (or a labelled text box),
 * and a Check button. The result is announced in a polite live region and focus moves to it.
 * Tries follow src/lib/attempts.ts: a wrong first try shows why the picks are wrong and the
 * hint, with one more try; "Show answer" or a second wrong try ends the attempt. Without
 * JavaScript (`interactive` false) a "Show answer" disclosure holds the answer key instead.
 *
 * HTML from the props (prompt, hint, options, explanations) comes only from
 * renderInlineMarkdown (src/lib/inline-markdown.ts) at build time, which allows emphasis, code,
 * line breaks and safe links: hence dangerouslySetInnerHTML. A chapter quiz's island reads that
 * HTML back from its own server render instead of its props (src/lib/page-text.ts).
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Attempt, Try } from '../../lib/attempts';
import { feedbackFor, HEADLINES } from '../../lib/quiz-feedback';
import type { QuestionView } from '../../lib/quiz-view';
import { grade } from '../../lib/scoring';
import { AnswerKeyFromServer } from './AnswerKey';
import { ChoiceOptions } from './ChoiceOptions';
import type { NumericKit } from './numeric-kit';

export interface QuestionCardProps {
  question: QuestionView;
  number: number;
  total: number;
  /** The attempt shown: the latest, or the practice run's. */
  attempt: Attempt | undefined;
  interactive: boolean;
  showChapter?: boolean;
  /** Why a planned set asks this question ("missed 3 days ago"), read with the legend. */
  reason?: string | undefined;
  onTry: (next: Try) => void;
  onReveal: () => void;
  /** Needed only for a numeric question; islands without one leave its code out. */
  numeric?: NumericKit | undefined;
}

export function QuestionCard(props: QuestionCardProps) {
  const { question, attempt, interactive } = props;
  const id = useId();
  const lastTry = attempt?.tries.at(-1);
  const [picked, setPicked] = useState<number[]>(lastTry?.picked ?? []);
  const [typed, setTyped] = useState(lastTry?.value !== undefined ? String(lastTry.value) : '');
  const [problem, setProblem] = useState('');
  const feedbackRef = useRef<HTMLParagraphElement>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const moveFocus = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const feedback = feedbackFor(question, interactive ? attempt : undefined);
  const numeric = props.numeric ?? missingKit(question.id);

  // What is on screen follows the saved attempt (a reset, another tab). When the island first
  // becomes interactive, keep whatever the learner ticked or typed while it hydrated.
  const adopted = useRef(false);
  // The time of the try this card just sent. When the saved attempt catches up with it, the
  // screen already shows those picks, and a pick made since (a quick second try) must stay.
  const ownTryAt = useRef<number | null>(null);
  useEffect(() => {
    if (interactive && !adopted.current) {
      adopted.current = true;
      if (!lastTry) {
        const ticked = root.current?.querySelectorAll<HTMLInputElement>('input:checked') ?? [];
        if (ticked.length > 0) setPicked([...ticked].map((input) => Number(input.value)));
        return;
      }
    }
    if (lastTry && lastTry.at === ownTryAt.current) return;
    setPicked(lastTry?.picked ?? []);
    if (lastTry?.value !== undefined) setTyped(String(lastTry.value));
    else if (!lastTry) setTyped('');
  }, [lastTry, interactive]);
  useEffect(() => {
    if (moveFocus.current) feedbackRef.current?.focus();
    moveFocus.current = false;
  });

  function check() {
    const at = Date.now();
    if (question.kind === 'numeric') {
      const value = numeric.read(typed, question.answer.unit);
      if (value === null) return setProblem('Type a number, such as 187.5, 1,000 or 1e3.');
      moveFocus.current = true;
      ownTryAt.current = at;
      return props.onTry({ at, value, correct: numeric.grade(question.answer, value) });
    }
    if (picked.length === 0) return setProblem('Pick an answer first, then press Check.');
    moveFocus.current = true;
    ownTryAt.current = at;
    props.onTry({ at, picked, correct: grade(question, picked).correct });
  }

  function toggle(index: number) {
    setProblem('');
    if (question.kind !== 'choice' || !question.selectAll) return setPicked([index]);
    setPicked(
      picked.includes(index) ? picked.filter((each) => each !== index) : [...picked, index],
    );
  }

  const problemId = `${id}-problem`;
  return (
    // A div, not a <form>: Pagefind leaves forms out of the index, and prompts must be searchable.
    <div ref={root} class="quiz-question" id={`question-${question.id}`}>
      <fieldset>
        <legend>
          <span class="quiz-question__number" data-pagefind-ignore>
            Question {props.number} of {props.total}
            {props.showChapter && question.chapter && ` · ${question.chapter.title}`}
          </span>{' '}
          {props.reason && (
            <span class="quiz-question__reason" data-pagefind-ignore>
              Why this one: {props.reason}.
            </span>
          )}{' '}
          {/* Sanitized at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
          <span
            class="quiz-question__prompt"
            dangerouslySetInnerHTML={{ __html: question.promptHtml }}
          />
          {question.kind === 'choice' && question.selectAll && (
            <span class="quiz-question__hint"> Select all that apply.</span>
          )}
        </legend>
        {question.kind === 'choice' ? (
          <ChoiceOptions
            question={question}
            name={`${id}-${question.id}`}
            picked={picked}
            verdicts={feedback.verdicts}
            disabled={feedback.ended}
            firstInput={firstInput}
            onToggle={toggle}
          />
        ) : (
          <numeric.Input
            question={question}
            text={typed}
            disabled={feedback.ended}
            invalid={problem !== ''}
            describedBy={problemId}
            input={firstInput}
            onInput={(text) => {
              setProblem('');
              setTyped(text);
            }}
          />
        )}
      </fieldset>
      {interactive ? (
        !feedback.ended && (
          <div class="quiz-question__actions">
            <button type="button" class="course-button" onClick={check}>
              Check
            </button>
            <button
              type="button"
              class="course-button course-button--secondary"
              onClick={() => {
                moveFocus.current = true;
                props.onReveal();
              }}
            >
              Show answer
            </button>
          </div>
        )
      ) : (
        <AnswerKeyFromServer question={question} />
      )}
      {/* After the buttons: the verdict appears where the learner's eyes are when they press
          Check, and explanations that open above it do not push it away (scroll anchoring). */}
      <div class="quiz-question__feedback" aria-live="polite" data-pagefind-ignore>
        <p id={problemId} class="quiz-question__problem">
          {problem}
        </p>
        {feedback.headline && (
          <>
            <p
              tabIndex={-1}
              ref={feedbackRef}
              class={`quiz-question__result quiz-question__result--${feedback.headline}`}
            >
              <strong>{HEADLINES[feedback.headline]}</strong>
              {feedback.hint && question.hintHtml && (
                <>
                  {' '}
                  <span class="quiz-question__hint-label">Hint:</span>{' '}
                  {/* Sanitized at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
                  <span dangerouslySetInnerHTML={{ __html: question.hintHtml }} />
                </>
              )}
            </p>
            {question.kind === 'numeric' && (
              <numeric.Feedback
                question={question}
                lastValue={feedback.lastValue}
                ended={feedback.ended}
              />
            )}
            <a href={question.review.href}>Review: {question.review.title}</a>
          </>
        )}
      </div>
    </div>
  );
}

/** Stands in when an island was built without the numeric kit; fails loudly if used. */
function missingKit(id: string): NumericKit {
  const fail = (): never => {
    throw new Error(
      `Question "${id}" is numeric: give its island the numeric kit (numeric-kit.ts).`,
    );
  };
  return { Input: fail, Feedback: fail, read: fail, grade: fail };
}
