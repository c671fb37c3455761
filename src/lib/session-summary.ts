/**
 * What the end of a flashcard session says: how many times each grade was given, whether the
 * cards were recalled, and when the next card is due. Pure, for the deck and /review/.
 */
import { describeWait, localDay } from './review-queue';
import type { GradeName } from './scheduling';
import type { GradeEntry } from './session-queue';
import { notRecalled } from './session-refresh';

export interface SessionSummary {
  /** How many times each grade was given. */
  grades: Record<GradeName, number>;
  /** How many different cards were graded. */
  cards: number;
  /** Cards recalled (Hard, Good or Easy) the first time they were graded in the session. */
  firstTime: number;
  /** Cards whose last grade was Again: the session ended before they were recalled. */
  notRecalled: number;
  /**
   * `empty`: nothing graded. `perfect`: no Again at all. `none-recalled`: nothing but Again.
   * `mixed`: anything between.
   */
  verdict: 'empty' | 'perfect' | 'none-recalled' | 'mixed';
}

export function summarizeSession(log: readonly GradeEntry[]): SessionSummary {
  const grades: Record<GradeName, number> = { again: 0, hard: 0, good: 0, easy: 0 };
  const first = new Map<string, GradeName>();
  for (const { id, grade } of log) {
    grades[grade] += 1;
    if (!first.has(id)) first.set(id, grade);
  }
  const firstTime = [...first.values()].filter((grade) => grade !== 'again').length;
  const verdict =
    log.length === 0
      ? 'empty'
      : grades.again === 0
        ? 'perfect'
        : grades.again === log.length
          ? 'none-recalled'
          : 'mixed';
  return { grades, cards: first.size, firstTime, notRecalled: notRecalled(log).size, verdict };
}

const cardsWord = (count: number) => `${count} ${count === 1 ? 'card' : 'cards'}`;

/** Returns the summary's first sentence; an all-Again session never reads like a perfect one. */
export function summaryHeadline(summary: SessionSummary): string {
  const { cards, firstTime, verdict } = summary;
  switch (verdict) {
    case 'empty':
      return 'You ended the session before grading a card.';
    case 'perfect':
      return cards === 1
        ? 'You recalled the card the first time.'
        : `You recalled all ${cards} cards the first time.`;
    case 'none-recalled':
      return `No card recalled yet: you graded ${cards === 1 ? 'the card' : `all ${cards} cards`} Again. They come back soon; seeing them again is how they stick.`;
    case 'mixed': {
      const rest =
        summary.notRecalled > 0
          ? `${cardsWord(summary.notRecalled)} not recalled yet`
          : 'the rest after another try';
      return `You recalled ${firstTime} of ${cardsWord(cards)} the first time, ${rest}.`;
    }
  }
}

/**
 * Returns when a card is due, for a sentence, with the date in the reader's locale (`locale`
 * undefined) or the given one: "now", "in 10 minutes (4:10 PM)", "in 3 days (Sunday, November
 * 29)", with the year when it differs from now's.
 */
export function describeNextDue(due: number, now: number, locale?: string): string {
  if (due <= now) return 'now';
  const sameDay = localDay(due) === localDay(now);
  const sameYear = new Date(due).getFullYear() === new Date(now).getFullYear();
  const format = new Intl.DateTimeFormat(
    locale,
    sameDay
      ? { hour: 'numeric', minute: '2-digit' }
      : {
          weekday: 'long',
          month: 'long',
          day: 'numeric',
          ...(sameYear ? {} : { year: 'numeric' }),
        },
  );
  return `${describeWait(due - now)} (${format.format(due)})`;
}
