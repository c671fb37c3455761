/**
 * One flashcard: flip it, then grade how well you recalled it. Shared by the chapter deck
 * and the review page.
 *
 * Pattern: the flip control is a toggle button (WAI-ARIA APG Button pattern,
 * https://www.w3.org/WAI/ARIA/apg/patterns/button/), the grades a labelled group of buttons, and
 * the revealed side is announced through a polite live region. The grade buttons load on the
 * first flip (card-grading.tsx, through use-flip-and-grade.ts); the keys grade before they
 * arrive too, and if they cannot load, a second polite region says so beside a Try again button. The shortcut keys follow the APG
 * advice on keyboard shortcuts (https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/
 * #keyboardshortcuts): each one repeats a visible button and is named with aria-keyshortcuts.
 *
 * Keys (Space/Enter flip, or mean Good on the answer; 1-4 grade; arrows move) are heard by one
 * listener on this card's container, so they work only while focus is inside the deck and never
 * while the learner types anywhere else (WCAG 2.1.4, Character Key Shortcuts). They ignore Ctrl,
 * Alt and Meta, so browser shortcuts keep working. So that the keys work after a mouse click too,
 * a click that leaves focus outside the deck (a click on the card face, or on a button in Safari,
 * which does not focus buttons) moves focus to the Flip card button; so does grading, which
 * removes the button that was clicked.
 */
import { useEffect, useRef } from 'preact/hooks';
import { CARD_STATE_LABELS, type CardState } from '../../lib/card-state';
import type { CardView } from '../../lib/flashcard-view';
import { GRADES, type GradeName } from '../../lib/grades';
import type { GradingView } from './use-flip-and-grade';

export interface CardReviewerProps {
  card: CardView;
  /** Where the learner is, e.g. "Card 3 / 6" or "12 cards left". */
  position: string;
  /** The card's state (card-state.ts), shown beside the position. */
  state: CardState;
  flipped: boolean;
  /** Waits until due for each grade; null while grading loads. */
  intervals: Record<GradeName, number> | null;
  /** The grade buttons, loaded on the first flip (use-flip-and-grade.ts). */
  grading: GradingView;
  showChapter?: boolean;
  onFlip: () => void;
  /** Resolves once the grade is saved, or could not be (grading did not load). */
  onGrade: (grade: GradeName) => Promise<void>;
  /** Moves to the previous or next card; the buttons are disabled when it is null. */
  onPrevious?: (() => void) | null;
  onNext?: (() => void) | null;
}

export function CardReviewer(props: CardReviewerProps) {
  const { card, flipped, intervals, grading, onFlip, onGrade } = props;
  const flipButton = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);
  // Grading swaps in the next card and removes the grade buttons, and a successful Try again
  // removes itself; keep focus in the deck.
  const refocus = useRef(false);
  useEffect(() => {
    if (refocus.current) flipButton.current?.focus();
    refocus.current = false;
  }, [card.id, flipped, grading.Buttons]);

  // Saving a grade takes a moment (grading may still be loading); until the next card
  // shows, further flips and grades would act on the card just graded, so they wait.
  // The grade is remembered with the card and side it was given on, so the guard lifts
  // by itself the moment the next card (or the front) shows, or when the grade could not be
  // saved because grading could not load.
  const gradedAt = useRef<string | null>(null);
  const showing = `${card.id}:${flipped}`;
  if (gradedAt.current !== showing) gradedAt.current = null;
  const saving = () => gradedAt.current === showing;

  function grade(choice: GradeName) {
    if (saving()) return;
    gradedAt.current = showing;
    refocus.current = true;
    void onGrade(choice).finally(() => {
      if (gradedAt.current === showing) gradedAt.current = null;
    });
  }

  function flip() {
    if (!saving()) onFlip();
  }

  function keepFocusInside() {
    if (!container.current?.contains(document.activeElement)) flipButton.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    // Space and Enter keep their usual meaning on links and on every other button.
    const onOtherControl =
      ['A', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) &&
      target !== flipButton.current;
    if (event.key === 'ArrowLeft' && props.onPrevious) props.onPrevious();
    else if (event.key === 'ArrowRight' && props.onNext) props.onNext();
    else if ((event.key === ' ' || event.key === 'Enter') && !onOtherControl) {
      if (flipped) grade('good');
      else flip();
    } else if (flipped && ['1', '2', '3', '4'].includes(event.key)) {
      grade(GRADES[Number(event.key) - 1] ?? 'good');
    } else return;
    event.preventDefault();
  }

  return (
    // Shortcut keys pressed on the deck's own buttons bubble up to here, and clicks only keep
    // focus inside; every shortcut also has a button, so this container adds convenience, not a
    // second interaction model.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div class="flashcard" ref={container} onKeyDown={onKeyDown} onClick={keepFocusInside}>
      <p class="flashcard__position">
        <span>{props.position}</span>
        <span> · {CARD_STATE_LABELS[props.state]}</span>
        {props.showChapter && card.chapter && <span> · {card.chapter.title}</span>}
      </p>
      {/* A click on the card is a mouse shortcut for the Flip card button, which is the keyboard
          and screen-reader path to the same action. */}
      {/* eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions */}
      <div class={flipped ? 'flashcard__card is-flipped' : 'flashcard__card'} onClick={flip}>
        {/* frontHtml and backHtml come only from renderInlineMarkdown (src/lib/inline-markdown.ts),
            which allows emphasis, code, line breaks and safe links, at build time. */}
        <p class="flashcard__front" dangerouslySetInnerHTML={{ __html: card.frontHtml }} />
        {flipped && (
          <p
            class="flashcard__back"
            data-pagefind-ignore
            dangerouslySetInnerHTML={{ __html: card.backHtml }}
          />
        )}
      </div>
      <p class="sr-only" aria-live="polite">
        {flipped && (
          <>
            Answer: <span dangerouslySetInnerHTML={{ __html: card.backHtml }} />
          </>
        )}
      </p>
      <div class="flashcard__controls">
        {props.onPrevious !== undefined && (
          <button
            type="button"
            class="course-button course-button--secondary"
            onClick={props.onPrevious ?? undefined}
            aria-disabled={props.onPrevious === null}
          >
            <span aria-hidden="true">←</span> Previous
          </button>
        )}
        <button
          ref={flipButton}
          type="button"
          class="course-button"
          aria-pressed={flipped}
          onClick={flip}
          // About to flip: start loading the grade buttons, so they are there with the back.
          onPointerEnter={grading.load}
          onFocus={grading.load}
        >
          Flip card
        </button>
        {props.onNext !== undefined && (
          <button
            type="button"
            class="course-button course-button--secondary"
            onClick={props.onNext ?? undefined}
            aria-disabled={props.onNext === null}
          >
            Next <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
      {flipped && grading.Buttons && <grading.Buttons intervals={intervals} onGrade={grade} />}
      {/* Always in the page, so that a failure to load the grade buttons is announced. */}
      <p class="flashcard__note" aria-live="polite">
        {flipped &&
          grading.failed &&
          'Grading could not load. Check your connection, then try again.'}
      </p>
      {flipped && grading.failed && (
        <button
          type="button"
          class="course-button course-button--secondary"
          onClick={() => {
            refocus.current = true;
            grading.load();
          }}
        >
          Try again
        </button>
      )}
      {flipped && (
        <a class="flashcard__learn" href={card.review.href}>
          Learn more: {card.review.title}
        </a>
      )}
    </div>
  );
}
