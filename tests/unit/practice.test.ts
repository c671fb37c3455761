import { describe, expect, test } from 'vitest';
import { breakdownByChapter, filterIds } from '../../src/lib/practice';

const answers = {
  right: { picked: [0], correct: true, at: 1 },
  wrong: { picked: [1], correct: false, at: 2 },
};
const ids = ['right', 'wrong', 'new'];

describe('filterIds', () => {
  test('returns every id for "all"', () => {
    expect(filterIds(ids, answers, 'all')).toEqual(ids);
  });
  test('returns only wrongly answered ids for "missed"', () => {
    expect(filterIds(ids, answers, 'missed')).toEqual(['wrong']);
  });
  test('returns only ids without an answer for "unanswered"', () => {
    expect(filterIds(ids, answers, 'unanswered')).toEqual(['new']);
  });
});

describe('breakdownByChapter', () => {
  test('returns asked, answered and correct counts per chapter in first-seen order', () => {
    const a = { id: 'a', title: 'A', href: '/a/' };
    const b = { id: 'b', title: 'B', href: '/b/' };
    const items = [
      { id: 'q1', chapter: b },
      { id: 'q2', chapter: a },
      { id: 'q3', chapter: b },
    ];
    expect(breakdownByChapter(items, { q1: { correct: true }, q3: { correct: false } })).toEqual([
      { chapterId: 'b', title: 'B', href: '/b/', asked: 2, answered: 2, correct: 1 },
      { chapterId: 'a', title: 'A', href: '/a/', asked: 1, answered: 0, correct: 0 },
    ]);
  });
});
