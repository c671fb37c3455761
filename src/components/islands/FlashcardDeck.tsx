/**
 * A chapter's deck of key-term cards, one at a time. Without JavaScript it renders as a
 * definition list, so every term and definition stays readable and searchable.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardView } from '../../lib/flashcard-view';
import type { GradeName } from '../../lib/scheduling';
import { shuffle } from '../../lib/shuffle';
import { CardReviewer } from './CardReviewer';
import { useFlipAndGrade } from './use-flip-and-grade';

export interface FlashcardDeckProps {
  cards: CardView[];
  title: string;
  /** The heading's id, listed in the table of contents (src/lib/toc.ts). */
  anchor?: string;
  /** URL of the course-wide review page. */
  reviewHref: string;
}

const inOrder = (length: number) => Array.from({ length }, (_, index) => index);

export default function FlashcardDeck({
  cards,
  title,
  anchor = 'flashcards',
  reviewHref,
}: FlashcardDeckProps) {
  const deck = useFlipAndGrade();
  const { store, flipped } = deck;
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
    <section class="deck not-content" aria-labelledby={anchor}>
      <h2 id={anchor} class="deck__title">
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
