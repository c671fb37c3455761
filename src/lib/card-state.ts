/**
 * The states a flashcard is shown in, defined once from FSRS's own states (ts-fsrs `State`), so
 * the chapter deck, /review/ and /progress/ name and count cards the same way:
 *
 *   state        FSRS state                        its due time
 *   new          New, or never graded              (none)
 *   learning     Learning                          still ahead
 *   relearning   Relearning                        still ahead
 *   review       Review                            still ahead
 *   due          Learning, Relearning or Review    passed: the card waits on /review/
 *
 * - New: never graded. FSRS has no memory of it yet.
 * - Learning: graded, but not yet recalled through FSRS's short learning steps (1 and 10
 *   minutes by default). A card graded only Again is here: it is NOT learned.
 * - Review: recalled (Good through the steps, or Easy once); FSRS now spaces it out over days.
 *   This is the only state that counts as learned.
 * - Relearning: a review card the learner forgot (graded Again); it goes through the steps again.
 * - Due: any graded card whose due time has passed. It takes precedence over the three states
 *   above, because what matters to the learner is that the card waits now.
 *
 * Free of ts-fsrs, so pages count cards without loading the scheduler.
 */
import type { StoredCard } from './progress';

/** ts-fsrs's `State` enum, copied so this module does not import ts-fsrs (a unit test compares). */
export const FSRS_STATE = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;

/** Every state, in the order counts are listed. */
export const CARD_STATES = ['new', 'learning', 'relearning', 'review', 'due'] as const;

export type CardState = (typeof CARD_STATES)[number];

/** The words each state is shown with. */
export const CARD_STATE_LABELS: Readonly<Record<CardState, string>> = {
  new: 'new',
  learning: 'learning',
  relearning: 'relearning',
  review: 'in review',
  due: 'due',
};

/** Returns the state of one card at `now`; `record` is undefined for a card never graded. */
export function cardState(record: StoredCard | undefined, now: number): CardState {
  if (!record || record.state === FSRS_STATE.New) return 'new';
  if (record.due <= now) return 'due';
  if (record.state === FSRS_STATE.Review) return 'review';
  return record.state === FSRS_STATE.Relearning ? 'relearning' : 'learning';
}

/** Returns how many of `records` (undefined: never graded) are in each state at `now`. */
export function countByState(
  records: Iterable<StoredCard | undefined>,
  now: number,
): Record<CardState, number> {
  const counts: Record<CardState, number> = {
    new: 0,
    learning: 0,
    relearning: 0,
    review: 0,
    due: 0,
  };
  for (const record of records) counts[cardState(record, now)] += 1;
  return counts;
}

/** Returns the saved records of `ids`, undefined where a card was never graded. */
export function recordsOf(
  ids: readonly string[],
  cards: Readonly<Record<string, StoredCard | undefined>>,
): (StoredCard | undefined)[] {
  return ids.map((id) => (Object.hasOwn(cards, id) ? cards[id] : undefined));
}

/** Returns when the next graded card falls due, or undefined if none is scheduled. */
export function nextDueAt(
  ids: readonly string[],
  cards: Readonly<Record<string, StoredCard | undefined>>,
): number | undefined {
  const times = ids.flatMap((id) => (cards[id] ? [cards[id].due] : []));
  return times.length > 0 ? Math.min(...times) : undefined;
}
