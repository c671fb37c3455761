import { describe, expect, test } from 'vitest';
import { addTry, newAttempt, reveal } from '../../src/lib/attempts';
import {
  emptyProgress,
  KEPT_ATTEMPTS,
  latestAttempt,
  questionRecords,
  restoreQuestions,
  saveAttempt,
  startAfresh,
  updateSettings,
} from '../../src/lib/progress';
import { parseProgress } from '../../src/lib/progress-read';
import { storedCard } from '../support/cards';

const right = (at: number) => addTry(undefined, { at, picked: [0], correct: true });

describe('parseProgress', () => {
  test('returns empty progress with a seed when nothing is stored', () => {
    const { progress, intact } = parseProgress(null);
    expect(intact).toBe(true);
    expect(progress.questions).toEqual({});
    expect(progress.seed).not.toBe('');
  });

  test('returns version 3 progress unchanged', () => {
    const stored = {
      ...emptyProgress('s'),
      questions: { q: { attempts: [right(5)] } },
      cards: { c: storedCard(10, 5) },
      practice: {
        current: { startedAt: 9, filter: 'missed', ids: ['q'] },
        history: [{ startedAt: 1, endedAt: 2, asked: 3, answered: 2, firstTry: 1, afterRetry: 1 }],
      },
      settings: { newCardsPerDay: 7, updatedAt: 3 },
    };
    expect(parseProgress(JSON.stringify(stored))).toEqual({
      progress: stored,
      intact: true,
      version: 3,
    });
  });

  test('returns a "Practice for me" run with its plan, and salvages a damaged plan', () => {
    const run = (current: unknown) =>
      parseProgress(JSON.stringify({ ...emptyProgress('s'), practice: { current, history: [] } }))
        .progress.practice.current;
    const plan = { seed: 's:9', reasons: { q: 'missed 3 days ago', r: 'new: Chapter 2' } };
    expect(run({ startedAt: 9, filter: 'for-me', ids: ['q', 'r'], plan })).toEqual({
      startedAt: 9,
      filter: 'for-me',
      ids: ['q', 'r'],
      plan,
    });
    expect(
      run({
        startedAt: 9,
        filter: 'for-me',
        ids: ['q', 'r', 3],
        plan: { reasons: { q: 4, r: 'new' } },
      }),
    ).toEqual({
      startedAt: 9,
      filter: 'for-me',
      ids: ['q', 'r'],
      plan: { seed: '', reasons: { r: 'new' } },
    });
    expect(run({ startedAt: 9, filter: 'for-me', ids: ['q'] })?.plan).toEqual({
      seed: '',
      reasons: {},
    });
    // A plan on another kind of run is not kept; an unknown kind reads as "all".
    expect(run({ startedAt: 9, filter: 'all', ids: ['q'], plan })).toEqual({
      startedAt: 9,
      filter: 'all',
      ids: ['q'],
    });
    expect(run({ startedAt: 9, filter: 'for-you', ids: ['q'] })?.filter).toBe('all');
  });

  test('returns version 1 and 2 answers as finished attempts, right ones as first-time right', () => {
    const stored = {
      version: 2,
      seed: 's1',
      answers: {
        a: { picked: [1], correct: true, at: 5 },
        b: { picked: [0, 2], correct: false, at: 6 },
      },
      cards: {},
      settings: { newCardsPerDay: 20 },
    };
    const { progress, intact } = parseProgress(JSON.stringify(stored));
    expect(intact).toBe(true);
    expect(progress.version).toBe(3);
    expect(progress.questions).toEqual({
      a: {
        attempts: [
          { startedAt: 5, tries: [{ at: 5, picked: [1], correct: true }], outcome: 'first-try' },
        ],
      },
      b: {
        attempts: [
          { startedAt: 6, tries: [{ at: 6, picked: [0, 2], correct: false }], outcome: 'wrong' },
        ],
      },
    });
    expect(
      parseProgress(JSON.stringify({ ...stored, version: 1 })).progress.questions.a?.attempts,
    ).toHaveLength(1);
  });

  test('returns answers from data saved before versions existed, flagged as not intact', () => {
    const raw = JSON.stringify({ answers: { q: { picked: [2], correct: false, at: 9 } } });
    const { progress, intact } = parseProgress(raw);
    expect(latestAttempt(progress, 'q')?.outcome).toBe('wrong');
    expect(intact).toBe(false);
  });

  test('returns the valid entries and a default limit from damaged data', () => {
    const raw = JSON.stringify({
      version: 3,
      seed: 's',
      questions: { good: { attempts: [right(1)] }, bad: { attempts: [{ tries: 'x' }] } },
      cards: { bad: { due: 'soon' } },
      settings: { newCardsPerDay: -3 },
    });
    const { progress, intact } = parseProgress(raw);
    expect(intact).toBe(false);
    expect(Object.keys(progress.questions)).toEqual(['good']);
    expect(progress.cards).toEqual({});
    expect(progress.settings.newCardsPerDay).toBe(20);
  });

  test('returns empty progress, not an exception, for garbage', () => {
    for (const garbage of ['{not json', '42', '[]', 'null', '"text"']) {
      const { progress, intact } = parseProgress(garbage);
      expect(intact).toBe(false);
      expect(progress.questions).toEqual({});
    }
  });
});

describe('saveAttempt', () => {
  test('returns the history with the new attempt last, replacing an attempt with the same start', () => {
    let progress = saveAttempt(
      emptyProgress('s'),
      'q',
      addTry(undefined, { at: 1, picked: [1], correct: false }),
    );
    progress = saveAttempt(
      progress,
      'q',
      addTry(latestAttempt(progress, 'q'), { at: 2, picked: [0], correct: true }),
    );
    expect(progress.questions.q?.attempts).toHaveLength(1);
    expect(latestAttempt(progress, 'q')?.outcome).toBe('after-retry');
    progress = saveAttempt(progress, 'q', right(3));
    expect(progress.questions.q?.attempts.map((attempt) => attempt.startedAt)).toEqual([1, 3]);
  });

  test('keeps only the newest attempts', () => {
    let progress = emptyProgress('s');
    for (let at = 1; at <= KEPT_ATTEMPTS + 5; at += 1)
      progress = saveAttempt(progress, 'q', right(at));
    expect(progress.questions.q?.attempts).toHaveLength(KEPT_ATTEMPTS);
    expect(progress.questions.q?.attempts[0]?.startedAt).toBe(6);
  });

  test('returns nothing for ids that are names every object has', () => {
    expect(latestAttempt(emptyProgress('s'), 'constructor')).toBeUndefined();
  });
});

describe('startAfresh and restoreQuestions', () => {
  test('returns a fresh attempt for answered questions, keeping their history, and undoes exactly', () => {
    const before = saveAttempt(emptyProgress('s'), 'a', right(1));
    const records = questionRecords(before, ['a', 'b']);
    const after = startAfresh(before, ['a', 'b'], 10);
    expect(after.questions.a?.attempts).toEqual([right(1), newAttempt(10)]);
    expect(after.questions.b).toBeUndefined();
    expect(restoreQuestions(after, records)).toEqual(before);
  });

  test('starts afresh a question whose answer was shown without a try', () => {
    const shown = saveAttempt(emptyProgress('s'), 'a', reveal(undefined, 1));
    expect(startAfresh(shown, ['a'], 10).questions.a?.attempts.at(-1)).toEqual(newAttempt(10));
  });
});

describe('updateSettings', () => {
  test('returns the new setting with the time it changed', () => {
    expect(updateSettings(emptyProgress('s'), { newCardsPerDay: 5 }, 42).settings).toEqual({
      newCardsPerDay: 5,
      updatedAt: 42,
    });
  });
});
