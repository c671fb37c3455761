import { describe, expect, test } from 'vitest';
import { buildQueue, chapterFilter, describeWait } from '../../src/lib/review-queue';
import { storedCard } from '../support/cards';

const DAY = 86_400_000;
const now = new Date(2026, 10, 26, 12, 0, 0).getTime();

const card = (due: number, introduced = now - 10 * DAY) => storedCard(due, introduced);

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

describe('chapterFilter', () => {
  test('returns the saved chapter while it exists, else all chapters', () => {
    expect(chapterFilter('b', ['a', 'b'])).toBe('b');
    expect(chapterFilter('gone', ['a', 'b'])).toBe('all');
    expect(chapterFilter('{"corrupt', ['a'])).toBe('all');
    expect(chapterFilter(null, ['a'])).toBe('all');
  });
});
