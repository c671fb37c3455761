import { describe, expect, test } from 'vitest';
import { AGAIN_GAP, recordGrade } from '../../src/lib/session-grade';
import { endSession, isOver, moveTo, startSession } from '../../src/lib/session-queue';
import { play } from '../support/sessions';

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
