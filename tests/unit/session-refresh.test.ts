import { describe, expect, test } from 'vitest';
import { recordGrade } from '../../src/lib/session-grade';
import { endSession, startSession } from '../../src/lib/session-queue';
import { notRecalled, refreshSession } from '../../src/lib/session-refresh';
import { play } from '../support/sessions';

describe('notRecalled', () => {
  test('returns the cards whose last grade was Again', () => {
    const log = [
      { id: 'a', grade: 'again' },
      { id: 'b', grade: 'again' },
      { id: 'a', grade: 'good' },
    ] as const;
    expect([...notRecalled(log)]).toEqual(['b']);
  });
});

describe('refreshSession', () => {
  test('fills an empty session with the cards waiting', () => {
    expect(refreshSession(startSession([]), ['a', 'b']).steps).toEqual(['a', 'b']);
  });

  test('keeps the card on screen and the pending returns, drops cards no longer waiting', () => {
    // a was graded Again (now learning, not due); b was graded in another tab.
    const session = recordGrade(startSession(['a', 'b', 'c']), 'a', 'again');
    expect(session.steps).toEqual(['a', 'b', 'c', 'a']);
    const moved = recordGrade(session, 'b', 'good');
    expect(refreshSession(moved, ['c', 'd']).steps).toEqual(['a', 'b', 'c', 'a', 'd']);
    expect(refreshSession(session, ['c']).steps).toEqual(['a', 'b', 'c', 'a']);
  });

  test('leaves a finished session with grades over, so its summary stays', () => {
    const { session } = play(startSession(['a']), ['good']);
    expect(refreshSession(session, ['b'])).toBe(session);
    const ended = endSession(startSession(['a']));
    expect(refreshSession(ended, ['a'])).toBe(ended);
  });
});
