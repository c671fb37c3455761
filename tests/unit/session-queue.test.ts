import { describe, expect, test } from 'vitest';
import { recordGrade } from '../../src/lib/session-grade';
import { currentCard, endSession, isOver, moveTo, startSession } from '../../src/lib/session-queue';

describe('endSession', () => {
  test('drops the cards ahead, returns included, and the session is over', () => {
    const session = endSession(recordGrade(startSession(['a', 'b']), 'a', 'again'));
    expect(session.steps).toEqual(['a']);
    expect(currentCard(session)).toBeUndefined();
    expect(isOver(session)).toBe(true);
  });
});

describe('moveTo', () => {
  test('stays within the steps, and leaves an empty session alone', () => {
    const session = startSession(['a', 'b']);
    expect(moveTo(session, 5).at).toBe(1);
    expect(moveTo(session, -1).at).toBe(0);
    expect(moveTo(startSession([]), 1).at).toBe(0);
  });
});
