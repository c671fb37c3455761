import { describe, expect, test } from 'vitest';
import { addTry } from '../../src/lib/attempts';
import { emptyProgress, saveAttempt } from '../../src/lib/progress';
import { summarizeChapters } from '../../src/lib/progress-summary';
import { storedCard } from '../support/cards';

describe('summarizeChapters', () => {
  test('returns first-time and after-hint counts with the questions left to do', () => {
    const q = (id: string) => ({ id, prompt: id, href: `/c/#question-${id}` });
    let progress = saveAttempt(
      emptyProgress('s'),
      'a',
      addTry(undefined, { at: 1, picked: [0], correct: true }),
    );
    progress = saveAttempt(
      progress,
      'b',
      addTry(addTry(undefined, { at: 1, picked: [1], correct: false }), {
        at: 2,
        picked: [0],
        correct: true,
      }),
    );
    const [row] = summarizeChapters(
      [{ id: 'c', title: 'C', href: '/c/', questions: [q('a'), q('b'), q('c')], cardIds: [] }],
      progress,
    );
    expect(row).toMatchObject({
      answered: 2,
      firstTry: 1,
      afterRetry: 1,
      unanswered: [q('c')],
      missed: [q('b')],
    });
  });

  test('returns card counts by state: due, in review and new', () => {
    const progress = { ...emptyProgress('s'), cards: { x: storedCard(50), y: storedCard(200) } };
    const [row] = summarizeChapters(
      [{ id: 'c', title: 'C', href: '/c/', questions: [], cardIds: ['x', 'y', 'z'] }],
      progress,
      100,
    );
    expect(row?.cards).toEqual({ new: 1, learning: 0, relearning: 0, review: 1, due: 1 });
  });
});
