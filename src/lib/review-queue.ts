/**
 * Which cards to review and in what order. Pure and free of ts-fsrs, so pages can list
 * due cards without loading the scheduler. "Due" and "new" are the states of card-state.ts;
 * cards come earliest-due first, which is the order FSRS intends.
 */
import { cardState } from './card-state';
import type { StoredCard } from './progress';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Returns "in 2 days", "in 5 hours" or "in 10 minutes", for sentences. */
export function describeWait(ms: number): string {
  const plural = (count: number, unit: string) => `in ${count} ${unit}${count === 1 ? '' : 's'}`;
  if (ms < HOUR) return plural(Math.max(1, Math.round(ms / MINUTE)), 'minute');
  if (ms < DAY) return plural(Math.round(ms / HOUR), 'hour');
  return plural(Math.round(ms / DAY), 'day');
}

/** Returns the local calendar day of a timestamp, e.g. "2026-11-26". */
export function localDay(time: number): string {
  const date = new Date(time);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface QueueOptions {
  now: number;
  /** Never-graded cards to introduce per local day. */
  newCardsPerDay: number;
}

/**
 * Returns the ids to review now: every due card, earliest first, then new cards in
 * course order up to what is left of today's new-card allowance.
 */
export function buildQueue(
  ids: readonly string[],
  cards: Readonly<Record<string, StoredCard | undefined>>,
  { now, newCardsPerDay }: QueueOptions,
): { due: string[]; fresh: string[] } {
  const today = localDay(now);
  const introducedToday = Object.values(cards).filter(
    (card) => card !== undefined && localDay(card.introduced) === today,
  ).length;
  const due = ids
    .filter((id) => cardState(cards[id], now) === 'due')
    .sort((a, b) => (cards[a]?.due ?? 0) - (cards[b]?.due ?? 0));
  const allowance = Math.max(0, newCardsPerDay - introducedToday);
  const fresh = ids.filter((id) => cardState(cards[id], now) === 'new').slice(0, allowance);
  return { due, fresh };
}

/** Returns the saved chapter filter when it still names a chapter (or "all"), else "all". */
export function chapterFilter(saved: string | null, chapterIds: readonly string[]): string {
  return saved !== null && chapterIds.includes(saved) ? saved : 'all';
}
