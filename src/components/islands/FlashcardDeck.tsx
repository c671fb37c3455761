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
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { cardState } from '../../lib/card-state';
import type { CardView } from '../../lib/flashcard-view';
import type { GradeName } from '../../lib/scheduling';
import { shuffle } from '../../lib/shuffle';
import { CardReviewer } from './CardReviewer';
import { useFlipAndGrade } from './use-flip-and-grade';

export interface FlashcardDeckProps {
  cards: CardView[];
  title: string;
  /** URL of the course-wide review page. */
  reviewHref: string;
}

const inOrder = (length: number) => Array.from({ length }, (_, index) => index);

export default function FlashcardDeck({ cards, title, reviewHref }: FlashcardDeckProps) {
  const headingId = useId();
  const deck = useFlipAndGrade();
  const { progress, store, flipped } = deck;
  const [order, setOrder] = useState(() => inOrder(cards.length));
  const [index, setIndex] = useState(0);
  const card = cards[order[index] ?? 0];
  const done = index >= cards.length;
  const doneMessage = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneMessage.current?.focus();
  }, [done]);

  function go(to: number) {
    setIndex(Math.min(Math.max(to, 0), cards.length - 1));
    deck.faceDown();
  }

  function restart(nextOrder: number[]) {
    setOrder(nextOrder);
    setIndex(0);
    deck.faceDown();
  }

  async function grade(choice: GradeName) {
    if (!card) return;
    await deck.grade(card.id, choice);
    setIndex(index + 1);
  }

  return (
    <section class="deck not-content" aria-labelledby={headingId}>
      <h2 id={headingId} class="deck__title">
        {title}
      </h2>
      {!store ? (
        <dl class="deck__list">
          {cards.map((each) => (
            <div key={each.id}>
              {/* Sanitised at build time by renderInlineMarkdown (src/lib/inline-markdown.ts). */}
              <dt dangerouslySetInnerHTML={{ __html: each.frontHtml }} />
              <dd data-pagefind-ignore dangerouslySetInnerHTML={{ __html: each.backHtml }} />
            </div>
          ))}
        </dl>
      ) : done ? (
        <div class="deck__done" role="status" tabIndex={-1} ref={doneMessage}>
          <p>
            You have gone through {cards.length === 1 ? 'the card' : `all ${cards.length} cards`}.
            They will come back on the <a href={reviewHref}>review page</a> when they are due.
          </p>
          <button
            type="button"
            class="course-button course-button--secondary"
            onClick={() => restart(inOrder(cards.length))}
          >
            Restart
          </button>
        </div>
      ) : (
        card && (
          <>
            <p class="deck__help">
              Flip each card (Space), then grade how well you remembered it (keys 1 to 4). Arrow
              keys move between cards.
            </p>
            <CardReviewer
              card={card}
              position={`Card ${index + 1} / ${cards.length}`}
              state={cardState(progress?.cards[card.id], Date.now())}
              flipped={flipped}
              intervals={deck.intervals(card.id, Date.now())}
              onFlip={deck.flip}
              onGrade={(choice) => void grade(choice)}
              onPrevious={index > 0 ? () => go(index - 1) : null}
              onNext={index < cards.length - 1 ? () => go(index + 1) : null}
            />
            <div class="deck__tools">
              <button
                type="button"
                class="course-button course-button--secondary"
                onClick={() => restart(shuffle(inOrder(cards.length)))}
              >
                Shuffle
              </button>
              <button
                type="button"
                class="course-button course-button--secondary"
                onClick={() => restart(inOrder(cards.length))}
              >
                Restart
              </button>
            </div>
          </>
        )
      )}
    </section>
  );
}
