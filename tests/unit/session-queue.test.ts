import { describe, expect, test } from 'vitest';
import { AGAIN_GAP, recordGrade } from '../../src/lib/session-grade';
import {
  currentCard,
  endSession,
  isOver,
  moveTo,
  startSession,
  type Session,
} from '../../src/lib/session-queue';
import { notRecalled, refreshSession } from '../../src/lib/session-refresh';
import type { GradeName } from '../../src/lib/scheduling';

/** Grades the card on screen with each grade in turn; returns the ids shown. */
function play(session: Session, grades: GradeName[]): { session: Session; shown: string[] } {
  const shown: string[] = [];
  for (const grade of grades) {
    const id = currentCard(session);
    if (id === undefined) break;
    shown.push(id);
    session = recordGrade(session, id, grade);
  }
  return { session, shown };
}

describe('recordGrade', () => {
  test('brings a card graded Again back after AGAIN_GAP other cards', () => {
    expect(AGAIN_GAP).toBe(3);
    const { shown } = play(startSession(['a', 'b', 'c', 'd', 'e']), [
      'again',
      'good',
      'good',
      'good',
      'good',
      'good',
    ]);
    expect(shown).toEqual(['a', 'b', 'c', 'd', 'a', 'e']);
  });

  test('brings it back next when fewer cards are left, until it is recalled', () => {
    const { session, shown } = play(startSession(['a', 'b']), [
      'good',
      'again',
      'again',
      'hard',
      'good',
    ]);
    expect(shown).toEqual(['a', 'b', 'b', 'b']);
    expect(isOver(session)).toBe(true);
  });

  test('drops the pending return of a card recalled earlier than planned', () => {
    let session = recordGrade(startSession(['a', 'b', 'c', 'd']), 'a', 'again');
    expect(session.steps).toEqual(['a', 'b', 'c', 'd', 'a']);
    session = moveTo(session, 0);
    session = recordGrade(session, 'a', 'good');
    expect(session.steps).toEqual(['a', 'b', 'c', 'd']);
  });

  test('logs every grade, and changes nothing once the session has ended', () => {
    const { session } = play(startSession(['a', 'b']), ['again', 'easy']);
    expect(session.log).toEqual([
      { id: 'a', grade: 'again' },
      { id: 'b', grade: 'easy' },
    ]);
    const ended = endSession(session);
    expect(recordGrade(ended, 'a', 'good')).toBe(ended);
  });
});

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
