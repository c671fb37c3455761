/**
 * The course-wide review session: every card due now, earliest first, then new cards up
 * to the learner's daily limit. The session (session-refresh.ts) is brought up to date with saved
 * progress on every render, so a graded card leaves it and cards falling due join it; a card
 * graded Again comes back later in the same session, as in Anki. The end of the session, or End
 * session, shows its summary. Picking another chapter starts a new session; the chapter is
 * remembered in this browser (progress-store.ts), and a missing or odd saved value means all.
 *
 * "Cards for my weakest objectives" builds the session from weak-cards.ts instead, across all
 * chapters, once the course plan has loaded (fetched on that choice, not with the page); it is
 * not remembered, as a custom study session in Anki is not. Grades save as in any session.
 */
import { useRef, useState } from 'preact/hooks';
import { cardState, nextDueAt } from '../../lib/card-state';
import type { CardView } from '../../lib/flashcard-view';
import { pathWithBase } from '../../lib/base-path';
import { COURSE_PLAN_PATH, readCoursePlan } from '../../lib/plan-chapters';
import { updateSettings } from '../../lib/progress';
import { readPreference, REVIEW_CHAPTER_KEY, savePreference } from '../../lib/progress-store';
import { buildQueue, chapterFilter, describeWait } from '../../lib/review-queue';
import type { GradeName } from '../../lib/grades';
import { currentCard, endSession, isOver, startSession } from '../../lib/session-queue';
import { refreshSession } from '../../lib/session-refresh';
import { cardsForWeakestObjectives } from '../../lib/weak-cards';
import { weakWaiting } from '../../lib/weak-session';
import { CardReviewer } from './CardReviewer';
import { ReviewModePicker, type ReviewMode } from './ReviewModePicker';
import { useFetched } from './use-fetched';
import { WeakCardsNotice } from './WeakCardsNotice';
import { ReviewSettings } from './ReviewSettings';
import { SessionSummary } from './SessionSummary';
import { useFlipAndGrade } from './use-flip-and-grade';
import { useNow } from './use-now';

export interface ReviewIslandProps {
  cards: CardView[];
  chapters: { id: string; title: string }[];
}

export default function ReviewIsland({ cards, chapters }: ReviewIslandProps) {
  const deck = useFlipAndGrade();
  const { progress, store, flipped } = deck;
  const [chapter, setChapter] = useState(() =>
    chapterFilter(
      readPreference(REVIEW_CHAPTER_KEY),
      chapters.map((each) => each.id),
    ),
  );
  const [session, setSession] = useState(() => startSession([]));
  const [mode, setMode] = useState<ReviewMode>('due');
  // Fetched on that choice, not with the page (src/course/course-plan-route.ts).
  const plan = useFetched(mode === 'weak' ? pathWithBase(COURSE_PLAN_PATH) : null, readCoursePlan);
  const dueChoice = useRef<HTMLInputElement>(null);
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
  const weak = mode === 'weak';
  const picks =
    weak && plan.state === 'ready' ? cardsForWeakestObjectives(plan.data, progress, now) : [];
  const ids = weak
    ? picks.map((pick) => pick.id)
    : cards
        .filter((card) => chapter === 'all' || card.chapter?.id === chapter)
        .map((card) => card.id);
  const limit = progress.settings.newCardsPerDay;
  const queue = buildQueue(ids, progress.cards, { now, newCardsPerDay: limit });
  const synced = refreshSession(
    session,
    weak ? weakWaiting(picks, session.log) : [...queue.due, ...queue.fresh],
  );
  const currentId = currentCard(synced);
  const card = cards.find((each) => each.id === currentId);
  const finished = isOver(synced) && (synced.ended || synced.log.length > 0);
  const waiting = ids.filter((id) => !progress.cards[id]).length - queue.fresh.length;
  const upcoming = nextDueAt(
    ids.filter((id) => (progress.cards[id]?.due ?? 0) > now),
    progress.cards,
  );

  async function grade(choice: GradeName) {
    if (!card) return;
    const { id } = card;
    await deck.grade(id, choice, ({ recordGrade }) => setSession(recordGrade(synced, id, choice)));
  }

  function newSession() {
    setSession(startSession([]));
    deck.faceDown();
  }

  return (
    <div class="review not-content">
      <ReviewModePicker
        mode={mode}
        dueRef={dueChoice}
        onMode={(next) => {
          setMode(next);
          newSession();
        }}
      />
      {/* The filter and the daily limit shape due cards only; weak cards span the course. */}
      {!weak && (
        <ReviewSettings
          chapters={chapters}
          chapter={chapter}
          newCardsPerDay={limit}
          onChapter={(id) => {
            setChapter(id);
            savePreference(REVIEW_CHAPTER_KEY, id);
            newSession();
          }}
          // Stamped with the time, so that loading a progress file keeps the newer setting.
          onNewCardsPerDay={(newCardsPerDay) =>
            store.update((current) => updateSettings(current, { newCardsPerDay }, Date.now()))
          }
        />
      )}
      <p role="status" class="review__counts">
        {weak
          ? plan.state === 'ready' && `Cards for your weakest objectives: ${picks.length}`
          : `Due now: ${queue.due.length} · New today: ${queue.fresh.length}`}
        {synced.log.length > 0 && ` · Reviewed this session: ${synced.log.length}`}
      </p>
      {/* Polite, so that the plan loading, failing or turning out empty is announced. */}
      <div aria-live="polite">
        {weak && (
          <WeakCardsNotice
            plan={plan}
            picks={picks}
            progress={progress}
            onRetry={plan.retry}
            onDueCards={() => {
              setMode('due');
              newSession();
              // The button goes with the notice; focus the choice it made instead of the page.
              dueChoice.current?.focus();
            }}
          />
        )}
      </div>
      {card ? (
        <>
          <CardReviewer
            card={card}
            position={`${synced.steps.length - synced.at} left in this session`}
            state={cardState(progress.cards[card.id], now)}
            flipped={flipped}
            showChapter
            intervals={deck.intervals(card.id, now)}
            grading={deck.grading}
            onFlip={deck.flip}
            onGrade={grade}
          />
          <div class="deck__tools">
            <button
              type="button"
              class="course-button course-button--secondary"
              onClick={() => {
                setSession(endSession(synced));
                deck.faceDown();
              }}
            >
              End session
            </button>
          </div>
        </>
      ) : (
        !finished &&
        !weak && (
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
        )
      )}
      <SessionSummary
        log={finished ? synced.log : null}
        nextDue={nextDueAt(ids, progress.cards)}
        now={now}
        level={2}
      >
        <button type="button" class="course-button" onClick={newSession}>
          Start a new session
        </button>
      </SessionSummary>
    </div>
  );
}
