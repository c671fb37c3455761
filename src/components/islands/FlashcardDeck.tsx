/**
 * A chapter's deck of key-term cards, one at a time. Without JavaScript it renders as a
 * definition list, so every term and definition stays readable and searchable.
 *
 * The deck is a labelled region (APG Landmark Regions,
 * https://www.w3.org/WAI/ARIA/apg/practices/landmark-regions/) holding one card at a time
 * (CardReviewer: an APG toggle button to flip and a group of grade buttons). Its shortcut keys,
 * Space or Enter to flip and 1 to 4 to grade, are scoped to the deck: one listener on the card's
 * container hears them only while focus is inside the deck, never while the learner types in a
 * field elsewhere on the page (WCAG 2.1.4). After any click in the deck, focus stays inside it
 * (on the Flip card button when the click left it nowhere), so the keys keep working.
 *
 * A card graded Again comes back later in the same session (session-grade.ts), as in Anki. The
 * end of the deck, or End session, shows a summary of the session (SessionSummary).
 */
import { useState } from 'preact/hooks';
import { cardState, nextDueAt } from '../../lib/card-state';
import type { CardFrame } from '../../lib/page-text';
import type { GradeName } from '../../lib/grades';
import { currentCard, endSession, moveTo, startSession } from '../../lib/session-queue';
import { shuffle } from '../../lib/shuffle';
import { CardReviewer } from './CardReviewer';
import { SessionSummary } from './SessionSummary';
import { useFlipAndGrade } from './use-flip-and-grade';
import { useCardsWithText } from './use-page-text';

export interface FlashcardDeckProps {
  /** Without their text, which the island takes from the page (src/lib/page-text.ts). */
  cards: CardFrame[];
  title: string;
  /** The heading's id, listed in the table of contents (src/lib/toc.ts). */
  anchor?: string;
  /** URL of the course-wide review page. */
  reviewHref: string;
}

export default function FlashcardDeck({
  cards: frames,
  title,
  anchor = 'flashcards',
  reviewHref,
}: FlashcardDeckProps) {
  const cards = useCardsWithText(frames, anchor);
  const deck = useFlipAndGrade();
  const { progress, store, flipped } = deck;
  const inOrder = () => cards.map((each) => each.id);
  const [session, setSession] = useState(() => startSession(inOrder()));
  const currentId = currentCard(session);
  const card = cards.find((each) => each.id === currentId);
  const done = currentId === undefined;

  function go(to: number) {
    setSession(moveTo(session, to));
    deck.faceDown();
  }

  function restart(order: string[]) {
    setSession(startSession(order));
    deck.faceDown();
  }

  async function grade(choice: GradeName) {
    if (!card) return;
    const { id } = card;
    await deck.grade(id, choice, ({ recordGrade }) => setSession(recordGrade(session, id, choice)));
  }

  return (
    <section class="deck not-content" aria-labelledby={anchor}>
      <h2 id={anchor} class="deck__title">
        {title}
      </h2>
      {!store ? (
        <dl class="deck__list">
          {cards.map((each) => (
            <div key={each.id}>
              {/* Sanitised at build time by renderInlineMarkdown (src/lib/inline-markdown.ts);
                  in the browser, read back from this very list (use-page-text.ts). */}
              <dt dangerouslySetInnerHTML={{ __html: each.frontHtml }} />
              <dd data-pagefind-ignore dangerouslySetInnerHTML={{ __html: each.backHtml }} />
            </div>
          ))}
        </dl>
      ) : (
        card && (
          <>
            <p class="deck__help">
              Flip each card (Space), then grade how well you remembered it (keys 1 to 4). A card
              you grade Again comes back in this session. Arrow keys move between cards.
            </p>
            <CardReviewer
              card={card}
              position={`Card ${session.at + 1} / ${session.steps.length}`}
              state={cardState(progress?.cards[card.id], Date.now())}
              flipped={flipped}
              intervals={deck.intervals(card.id, Date.now())}
              grading={deck.grading}
              onFlip={deck.flip}
              onGrade={grade}
              onPrevious={session.at > 0 ? () => go(session.at - 1) : null}
              onNext={session.at < session.steps.length - 1 ? () => go(session.at + 1) : null}
            />
            <div class="deck__tools">
              <button
                type="button"
                class="course-button course-button--secondary"
                onClick={() => restart(shuffle(inOrder()))}
              >
                Shuffle
              </button>
              <button
                type="button"
                class="course-button course-button--secondary"
                onClick={() => restart(inOrder())}
              >
                Restart
              </button>
              <button
                type="button"
                class="course-button course-button--secondary"
                onClick={() => {
                  setSession(endSession(session));
                  deck.faceDown();
                }}
              >
                End session
              </button>
            </div>
          </>
        )
      )}
      {store && progress && (
        <SessionSummary
          log={done ? session.log : null}
          nextDue={nextDueAt(inOrder(), progress.cards)}
          now={Date.now()}
          level={3}
        >
          <button
            type="button"
            class="course-button course-button--secondary"
            onClick={() => restart(inOrder())}
          >
            Start again
          </button>
          <a href={reviewHref}>Review every card that is due</a>
        </SessionSummary>
      )}
    </section>
  );
}
