/**
 * The course-wide review session: every card due now, earliest first, then new cards up
 * to the learner's daily limit. The session (session-queue.ts) is brought up to date with saved
 * progress on every render, so a graded card leaves it and cards falling due join it; a card
 * graded Again comes back later in the same session, as in Anki. Picking another chapter starts
 * a new session.
 */
import { useState } from 'preact/hooks';
import { cardState } from '../../lib/card-state';
import type { CardView } from '../../lib/flashcard-view';
import { DEFAULT_NEW_CARDS_PER_DAY, updateSettings } from '../../lib/progress';
import { buildQueue, describeWait, nextDueAt } from '../../lib/review-queue';
import type { GradeName } from '../../lib/scheduling';
import { currentCard, recordGrade, refreshSession, startSession } from '../../lib/session-queue';
import { CardReviewer } from './CardReviewer';
import { useFlipAndGrade } from './use-flip-and-grade';
import { useNow } from './use-now';

export interface ReviewIslandProps {
  cards: CardView[];
  chapters: { id: string; title: string }[];
}

export default function ReviewIsland({ cards, chapters }: ReviewIslandProps) {
  const deck = useFlipAndGrade();
  const { progress, store, flipped } = deck;
  const [chapter, setChapter] = useState('all');
  const [session, setSession] = useState(() => startSession([]));
  const ticked = useNow(30_000);

  if (!progress || !store) {
    return (
      <p>
        Reviewing needs JavaScript, because it schedules cards from the progress saved in this
        browser. Every card is also listed in its chapter.
      </p>
    );
  }

  const now = Math.max(ticked, Date.now());
  const ids = cards
    .filter((card) => chapter === 'all' || card.chapter?.id === chapter)
    .map((card) => card.id);
  const limit = progress.settings.newCardsPerDay;
  const queue = buildQueue(ids, progress.cards, { now, newCardsPerDay: limit });
  const synced = refreshSession(session, [...queue.due, ...queue.fresh]);
  const currentId = currentCard(synced);
  const card = cards.find((each) => each.id === currentId);
  const waiting = ids.filter((id) => !progress.cards[id]).length - queue.fresh.length;
  const upcoming = nextDueAt(
    ids.filter((id) => (progress.cards[id]?.due ?? 0) > now),
    progress.cards,
  );

  async function grade(choice: GradeName) {
    if (!card) return;
    const next = recordGrade(synced, card.id, choice);
    await deck.grade(card.id, choice, () => setSession(next));
  }

  return (
    <div class="review not-content">
      <div class="review__settings">
        <label>
          Chapter{' '}
          <select
            value={chapter}
            onChange={(event) => {
              setChapter(event.currentTarget.value);
              setSession(startSession([]));
              deck.faceDown();
            }}
          >
            <option value="all">All chapters</option>
            {chapters.map((each) => (
              <option key={each.id} value={each.id}>
                {each.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          New cards per day{' '}
          <input
            type="number"
            min={0}
            max={9999}
            inputMode="numeric"
            value={limit}
            onChange={(event) => {
              const value = Number(event.currentTarget.value);
              const newCardsPerDay =
                Number.isFinite(value) && value >= 0
                  ? Math.round(value)
                  : DEFAULT_NEW_CARDS_PER_DAY;
              // Stamped with the time, so that loading a progress file keeps the newer setting.
              store.update((current) => updateSettings(current, { newCardsPerDay }, Date.now()));
            }}
          />
        </label>
      </div>
      <p role="status" class="review__counts">
        Due now: {queue.due.length} · New today: {queue.fresh.length}
        {synced.log.length > 0 && ` · Reviewed this session: ${synced.log.length}`}
      </p>
      {card ? (
        <CardReviewer
          card={card}
          position={`${synced.steps.length - synced.at} left in this session`}
          state={cardState(progress.cards[card.id], now)}
          flipped={flipped}
          showChapter
          intervals={deck.intervals(card.id, now)}
          onFlip={deck.flip}
          onGrade={(choice) => void grade(choice)}
        />
      ) : (
        <div class="review__done">
          <p>
            <strong>All caught up.</strong>{' '}
            {upcoming !== undefined
              ? `Next review ${describeWait(upcoming - now)}.`
              : 'Grade a card to start your review schedule.'}
          </p>
          {waiting > 0 && (
            <p>
              You have reached today's limit of {limit} new {limit === 1 ? 'card' : 'cards'};{' '}
              {waiting} more {waiting === 1 ? 'waits' : 'wait'} for another day. Raise the limit
              above to keep going.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
