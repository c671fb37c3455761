import { describe, expect, test, vi } from 'vitest';
import {
  STORAGE_KEY,
  UNREADABLE_KEY,
  clearAnswers,
  createProgressStore,
  parseProgress,
  recordAnswer,
} from '../../src/lib/progress-store';
import { storedCard } from '../support/cards';

/** A Storage double backed by a Map; `failWrites` simulates a full quota. */
function memoryStorage(initial: Record<string, string> = {}, failWrites = false): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
  };
}

describe('parseProgress', () => {
  test('returns empty progress with a seed when nothing is stored', () => {
    const { progress, intact } = parseProgress(null);
    expect(intact).toBe(true);
    expect(progress.answers).toEqual({});
    expect(progress.seed).not.toBe('');
  });

  test('returns version 1 answers as an intact version 2 save', () => {
    const stored = {
      version: 1,
      seed: 's1',
      answers: { q: { picked: [1], correct: true, at: 5 } },
    };
    expect(parseProgress(JSON.stringify(stored))).toEqual({
      progress: {
        version: 2,
        seed: 's1',
        answers: stored.answers,
        cards: {},
        settings: { newCardsPerDay: 20 },
      },
      intact: true,
    });
  });

  test('returns stored cards and settings unchanged', () => {
    const card = storedCard(10, 5);
    const stored = {
      version: 2,
      seed: 's',
      answers: {},
      cards: { c: card },
      settings: { newCardsPerDay: 7 },
    };
    expect(parseProgress(JSON.stringify(stored))).toEqual({ progress: stored, intact: true });
  });

  test('returns the valid cards and a default limit from damaged card data', () => {
    const raw = JSON.stringify({
      version: 2,
      seed: 's',
      cards: { bad: { due: 'soon' }, worse: null },
      settings: { newCardsPerDay: -3 },
    });
    const { progress, intact } = parseProgress(raw);
    expect(intact).toBe(false);
    expect(progress.cards).toEqual({});
    expect(progress.settings.newCardsPerDay).toBe(20);
  });

  test('returns empty progress, not an exception, for garbage', () => {
    for (const garbage of ['{not json', '42', '[]', 'null', '"text"']) {
      const { progress, intact } = parseProgress(garbage);
      expect(intact).toBe(false);
      expect(progress.answers).toEqual({});
    }
  });

  test('returns the valid answers from partly damaged data', () => {
    const raw = JSON.stringify({
      version: 1,
      seed: 's',
      answers: { good: { picked: [0], correct: true, at: 1 }, bad: 'oops', worse: { picked: [] } },
    });
    const { progress, intact } = parseProgress(raw);
    expect(intact).toBe(false);
    expect(Object.keys(progress.answers)).toEqual(['good']);
  });

  test('returns answers from data saved before versions existed', () => {
    const raw = JSON.stringify({ answers: { q: { picked: [2], correct: false, at: 9 } } });
    expect(parseProgress(raw).progress.answers.q).toEqual({ picked: [2], correct: false, at: 9 });
  });
});

describe('createProgressStore', () => {
  test('returns saved progress after a round trip through storage', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage });
    store.update((progress) => recordAnswer(progress, 'q', [1], true, 100));
    const reopened = createProgressStore({ storage });
    expect(reopened.read().answers.q).toEqual({ picked: [1], correct: true, at: 100 });
    expect(reopened.read().seed).toBe(store.read().seed);
  });

  test('copies unreadable data aside instead of losing it', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{broken' });
    createProgressStore({ storage });
    expect(storage.getItem(UNREADABLE_KEY)).toBe('{broken');
  });

  test('keeps progress in memory and reports it when storage is missing', () => {
    const store = createProgressStore({ storage: null });
    store.update((progress) => recordAnswer(progress, 'q', [0], false, 1));
    expect(store.read().answers.q?.correct).toBe(false);
    expect(store.persistent()).toBe(false);
  });

  test('keeps progress in memory when the quota is full', () => {
    const store = createProgressStore({ storage: memoryStorage({}, true) });
    expect(() =>
      store.update((progress) => recordAnswer(progress, 'q', [0], true, 1)),
    ).not.toThrow();
    expect(store.read().answers.q?.correct).toBe(true);
    expect(store.persistent()).toBe(false);
  });

  test('returns empty progress when reading storage throws', () => {
    const storage = memoryStorage();
    storage.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(createProgressStore({ storage }).read().answers).toEqual({});
  });

  test('notifies subscribers when another tab changes progress', () => {
    const storage = memoryStorage();
    const events = new EventTarget();
    const store = createProgressStore({ storage, events });
    const listener = vi.fn();
    store.subscribe(listener);
    const other = createProgressStore({ storage });
    other.update((progress) => recordAnswer(progress, 'q', [3], true, 7));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.read().answers.q?.picked).toEqual([3]);
  });
});

describe('clearAnswers', () => {
  test('returns progress without the given answers, or without any', () => {
    let progress = parseProgress(null).progress;
    progress = recordAnswer(progress, 'a', [0], true, 1);
    progress = recordAnswer(progress, 'b', [1], false, 2);
    expect(Object.keys(clearAnswers(progress, ['a']).answers)).toEqual(['b']);
    expect(clearAnswers(progress).answers).toEqual({});
    expect(clearAnswers(progress).seed).toBe(progress.seed);
  });
});
