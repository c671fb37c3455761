import { describe, expect, test } from 'vitest';
import {
  buildQueue,
  chapterFilter,
  describeWait,
  formatInterval,
  nextDueAt,
} from '../../src/lib/review-queue';
import { storedCard } from '../support/cards';

const DAY = 86_400_000;
const now = new Date(2026, 10, 26, 12, 0, 0).getTime();

const card = (due: number, introduced = now - 10 * DAY) => storedCard(due, introduced);

describe('formatInterval', () => {
  test('returns short labels for grade buttons', () => {
    expect(formatInterval(60_000)).toBe('1 min');
    expect(formatInterval(10 * 60_000)).toBe('10 min');
    expect(formatInterval(5 * 3_600_000)).toBe('5 h');
    expect(formatInterval(3 * DAY)).toBe('3 d');
    expect(formatInterval(65 * DAY)).toBe('2 mo');
    expect(formatInterval(550 * DAY)).toBe('1.5 y');
  });
});

describe('describeWait', () => {
  test('returns words for sentences, singular where needed', () => {
    expect(describeWait(2 * DAY)).toBe('in 2 days');
    expect(describeWait(3_600_000)).toBe('in 1 hour');
  });
});

describe('buildQueue', () => {
  test('returns due cards earliest first, then new cards in course order', () => {
    const cards = { late: card(now - DAY), early: card(now - 3 * DAY), later: card(now + DAY) };
    const ids = ['new-a', 'late', 'early', 'later', 'new-b'];
    expect(buildQueue(ids, cards, { now, newCardsPerDay: 20 })).toEqual({
      due: ['early', 'late'],
      fresh: ['new-a', 'new-b'],
    });
  });

  test('returns no more new cards than the daily limit allows', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(buildQueue(ids, {}, { now, newCardsPerDay: 2 }).fresh).toEqual(['a', 'b']);
  });

  test('returns fewer new cards when some were already introduced today', () => {
    const cards = { seen: card(now + DAY, now - 60_000) };
    const ids = ['seen', 'a', 'b', 'c'];
    expect(buildQueue(ids, cards, { now, newCardsPerDay: 2 }).fresh).toEqual(['a']);
  });
});

describe('nextDueAt', () => {
  test('returns the earliest due time among graded cards, or undefined', () => {
    expect(nextDueAt(['a', 'b'], { a: card(now + 2 * DAY), b: card(now + DAY) })).toBe(now + DAY);
    expect(nextDueAt(['a'], {})).toBeUndefined();
  });
});

describe('chapterFilter', () => {
  test('returns the saved chapter while it exists, else all chapters', () => {
    expect(chapterFilter('b', ['a', 'b'])).toBe('b');
    expect(chapterFilter('gone', ['a', 'b'])).toBe('all');
    expect(chapterFilter('{"corrupt', ['a'])).toBe('all');
    expect(chapterFilter(null, ['a'])).toBe('all');
  });
});
