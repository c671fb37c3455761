import { describe, expect, test } from 'vitest';
import { summarizeChapters } from '../../src/lib/progress-summary';
import { storedCard } from '../support/cards';

describe('summarizeChapters', () => {
  test('returns answered and correct counts with the questions left to do', () => {
    const q = (id: string) => ({ id, prompt: id, href: `/c/#question-${id}` });
    const [row] = summarizeChapters(
      [{ id: 'c', title: 'C', href: '/c/', questions: [q('a'), q('b'), q('c')], cardIds: [] }],
      {
        a: { picked: [0], correct: true, at: 1 },
        b: { picked: [1], correct: false, at: 1 },
      },
    );
    expect(row).toMatchObject({ answered: 2, correct: 1, unanswered: [q('c')], wrong: [q('b')] });
  });

  test('returns learned, due and new card counts', () => {
    const stored = (due: number) => storedCard(due);
    const [row] = summarizeChapters(
      [{ id: 'c', title: 'C', href: '/c/', questions: [], cardIds: ['x', 'y', 'z'] }],
      {},
      { x: stored(50), y: stored(200) },
      100,
    );
    expect(row?.cards).toEqual({ learned: 1, due: 1, new: 1 });
  });
});
