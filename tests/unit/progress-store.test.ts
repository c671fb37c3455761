import { describe, expect, test, vi } from 'vitest';
import { addTry } from '../../src/lib/attempts';
import { latestAttempt, saveAttempt, type Progress } from '../../src/lib/progress';

/** Saves a one-try attempt at question `id`. */
const answer =
  (id: string, picked: number[], correct: boolean, at: number) => (progress: Progress) =>
    saveAttempt(progress, id, addTry(undefined, { at, picked, correct }));
import {
  KEPT_UNREADABLE_COPIES,
  STORAGE_KEY,
  UNREADABLE_PREFIX,
  createProgressStore,
  readPreference,
  REVIEW_CHAPTER_KEY,
  savePreference,
  unreadableCopies,
} from '../../src/lib/progress-store';

/** A Storage double backed by a Map; `failWrites` simulates a full quota. */
function memoryStorage(
  initial: Record<string, string> = {},
  failWrites: boolean | ((key: string) => boolean) = false,
): Storage {
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
      if (failWrites === true || (typeof failWrites === 'function' && failWrites(key)))
        throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
  };
}

describe('createProgressStore', () => {
  test('returns saved progress after a round trip through storage', () => {
    const storage = memoryStorage();
    const store = createProgressStore({ storage });
    store.update((progress) => answer('q', [1], true, 100)(progress));
    const reopened = createProgressStore({ storage });
    expect(latestAttempt(reopened.read(), 'q')?.tries).toEqual([
      { picked: [1], correct: true, at: 100 },
    ]);
    expect(reopened.read().seed).toBe(store.read().seed);
  });

  test('copies unreadable data aside instead of losing it', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{broken' });
    createProgressStore({ storage, now: () => 1000 });
    expect(storage.getItem(`${UNREADABLE_PREFIX}1000`)).toBe('{broken');
  });

  test('keeps an earlier damaged copy when a second one is made', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{first', [`${UNREADABLE_PREFIX}5`]: 'older' });
    createProgressStore({ storage, now: () => 5 });
    expect(storage.getItem(`${UNREADABLE_PREFIX}5`)).toBe('older');
    expect(storage.getItem(`${UNREADABLE_PREFIX}6`)).toBe('{first');
  });

  test('does not copy the same damaged save twice', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{broken' });
    createProgressStore({ storage, now: () => 1 });
    createProgressStore({ storage, now: () => 2 });
    expect(unreadableCopies(storage)).toEqual([`${UNREADABLE_PREFIX}1`]);
  });

  test('keeps only the newest damaged copies', () => {
    const storage = memoryStorage();
    for (let time = 1; time <= KEPT_UNREADABLE_COPIES + 2; time += 1) {
      storage.setItem(STORAGE_KEY, `{broken ${time}`);
      createProgressStore({ storage, now: () => time });
    }
    expect(unreadableCopies(storage)).toEqual(
      [3, 4, 5, 6, 7].map((time) => `${UNREADABLE_PREFIX}${time}`),
    );
  });

  test('refuses to replace a damaged save it could not copy aside, and says why', () => {
    const damaged = JSON.stringify({
      version: 2,
      seed: 's',
      answers: { kept: { picked: [0], correct: true, at: 1 }, bad: 'x' },
    });
    const storage = memoryStorage({ [STORAGE_KEY]: damaged }, (key) =>
      key.startsWith(UNREADABLE_PREFIX),
    );
    const store = createProgressStore({ storage });
    expect(store.health()).toBe('damaged-kept');
    store.update((progress) => answer('q', [1], true, 2)(progress));
    expect(storage.getItem(STORAGE_KEY)).toBe(damaged);
    expect(latestAttempt(store.read(), 'q')?.tries[0]?.correct).toBe(true);
    expect(latestAttempt(store.read(), 'kept')?.tries[0]?.correct).toBe(true);
    expect(store.persistent()).toBe(false);
  });

  test('saves again once the damaged save is gone', () => {
    const storage = memoryStorage({ [STORAGE_KEY]: '{broken' }, (key) =>
      key.startsWith(UNREADABLE_PREFIX),
    );
    const store = createProgressStore({ storage });
    storage.removeItem(STORAGE_KEY);
    store.update((progress) => answer('q', [1], true, 2)(progress));
    expect(store.health()).toBe('saved');
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').questions.q.attempts[0].outcome).toBe(
      'first-try',
    );
  });

  test('keeps progress in memory and reports it when storage is missing', () => {
    const store = createProgressStore({ storage: null });
    store.update((progress) => answer('q', [0], false, 1)(progress));
    expect(latestAttempt(store.read(), 'q')?.tries[0]?.correct).toBe(false);
    expect(store.persistent()).toBe(false);
  });

  test('keeps progress in memory when the quota is full', () => {
    const store = createProgressStore({ storage: memoryStorage({}, true) });
    expect(() => store.update((progress) => answer('q', [0], true, 1)(progress))).not.toThrow();
    expect(latestAttempt(store.read(), 'q')?.tries[0]?.correct).toBe(true);
    expect(store.persistent()).toBe(false);
    expect(store.health()).toBe('memory-only');
  });

  test('returns empty progress when reading storage throws', () => {
    const storage = memoryStorage();
    storage.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(createProgressStore({ storage }).read().questions).toEqual({});
  });

  test('notifies subscribers when another tab changes progress', () => {
    const storage = memoryStorage();
    const events = new EventTarget();
    const store = createProgressStore({ storage, events });
    const listener = vi.fn();
    store.subscribe(listener);
    const other = createProgressStore({ storage });
    other.update((progress) => answer('q', [3], true, 7)(progress));
    events.dispatchEvent(Object.assign(new Event('storage'), { key: STORAGE_KEY }));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(latestAttempt(store.read(), 'q')?.tries[0]?.picked).toEqual([3]);
  });
});

describe('readPreference and savePreference', () => {
  test('save and read a preference under its own key, apart from the progress', () => {
    const storage = memoryStorage();
    expect(savePreference(REVIEW_CHAPTER_KEY, 'foundations/lora', storage)).toBe(true);
    expect(readPreference(REVIEW_CHAPTER_KEY, storage)).toBe('foundations/lora');
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('return null and false, never throw, when storage is blocked or full', () => {
    const throwing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(readPreference(REVIEW_CHAPTER_KEY, throwing)).toBeNull();
    expect(readPreference(REVIEW_CHAPTER_KEY, null)).toBeNull();
    expect(savePreference(REVIEW_CHAPTER_KEY, 'all', memoryStorage({}, true))).toBe(false);
    expect(savePreference(REVIEW_CHAPTER_KEY, 'all', null)).toBe(false);
  });
});
