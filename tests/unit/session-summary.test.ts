import { describe, expect, test } from 'vitest';
import type { GradeName } from '../../src/lib/scheduling';
import { describeNextDue, summarizeSession, summaryHeadline } from '../../src/lib/session-summary';

const log = (...entries: [string, GradeName][]) => entries.map(([id, grade]) => ({ id, grade }));
const MINUTE = 60_000;
const DAY = 86_400_000;
const now = new Date(2026, 10, 26, 15, 0, 0).getTime();

describe('summarizeSession', () => {
  test('counts each grade, and the cards recalled the first time', () => {
    const summary = summarizeSession(
      log(['a', 'again'], ['b', 'good'], ['a', 'hard'], ['c', 'easy'], ['d', 'again']),
    );
    expect(summary).toEqual({
      grades: { again: 2, hard: 1, good: 1, easy: 1 },
      cards: 4,
      firstTime: 2,
      notRecalled: 1,
      verdict: 'mixed',
    });
  });

  test('tells an all-Again session from a perfect one, and from an empty one', () => {
    expect(summarizeSession(log(['a', 'again'], ['b', 'again'])).verdict).toBe('none-recalled');
    expect(summarizeSession(log(['a', 'good'], ['b', 'easy'])).verdict).toBe('perfect');
    expect(summarizeSession([]).verdict).toBe('empty');
  });
});

describe('summaryHeadline', () => {
  test('reads differently for a perfect run, an all-Again run and the rest', () => {
    const headline = (...entries: [string, GradeName][]) =>
      summaryHeadline(summarizeSession(log(...entries)));
    expect(headline(['a', 'good'], ['b', 'easy'])).toBe('You recalled all 2 cards the first time.');
    expect(headline(['a', 'again'], ['b', 'again'])).toBe(
      'No card recalled yet: you graded all 2 cards Again. They come back soon; seeing them again is how they stick.',
    );
    expect(headline(['a', 'again'], ['b', 'good'], ['a', 'good'])).toBe(
      'You recalled 1 of 2 cards the first time, the rest after another try.',
    );
    expect(headline(['a', 'again'], ['b', 'good'])).toBe(
      'You recalled 1 of 2 cards the first time, 1 card not recalled yet.',
    );
    expect(headline()).toBe('You ended the session before grading a card.');
  });
});

describe('describeNextDue', () => {
  test('returns the wait and the time or date in the given locale', () => {
    expect(describeNextDue(now - 1, now, 'en-US')).toBe('now');
    expect(describeNextDue(now + 10 * MINUTE, now, 'en-US')).toBe('in 10 minutes (3:10 PM)');
    expect(describeNextDue(now + 3 * DAY, now, 'en-US')).toBe('in 3 days (Sunday, November 29)');
    expect(describeNextDue(now + 3 * DAY, now, 'de-DE')).toBe('in 3 days (Sonntag, 29. November)');
    expect(describeNextDue(now + 40 * DAY, now, 'en-US')).toBe(
      'in 40 days (Tuesday, January 5, 2027)',
    );
  });
});
