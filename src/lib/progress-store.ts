/**
 * The only module that touches localStorage. Everything a learner does is saved here.
 *
 * Keys:
 *   fine-tuning-course:progress                     the progress, as described in progress.ts
 *   fine-tuning-course:progress:unreadable:<time>   a damaged save, copied aside before anything
 *                                                   replaces it (the five newest are kept)
 *   fine-tuning-course:review-chapter               the chapter /review/ was last filtered to, a
 *                                                   chapter id or "all" (a preference, not
 *                                                   progress: it stays out of the progress file)
 *   fine-tuning-course:listen                       Listen's speed and voice (listen-prefs.ts)
 *   fine-tuning-course:listen-positions             where Listen left each chapter (listen-prefs.ts);
 *                                                   preferences too, for the same reason
 *
 * Nothing is lost silently. Reads never throw and keep every entry that still makes sense.
 * A save that cannot be read whole is copied aside under its own timestamped key first, so an
 * earlier copy is never overwritten. If that copy cannot be made (storage full), the damaged
 * original is left untouched: changes live in memory for the visit and `health()` says why,
 * so the page can tell the learner. When storage is missing (private mode, blocked cookies)
 * or full, progress also lives in memory and `persistent()` turns false. Other tabs are kept
 * in step through `storage` events.
 */
import type { Progress } from './progress';
import { PROGRESS_CHANGED, PROGRESS_KEY } from './progress-key';
import { parseProgress } from './progress-read';

export const STORAGE_KEY = PROGRESS_KEY;
export const UNREADABLE_PREFIX = `${STORAGE_KEY}:unreadable:`;
export const REVIEW_CHAPTER_KEY = 'fine-tuning-course:review-chapter';
export const LISTEN_SETTINGS_KEY = 'fine-tuning-course:listen';
export const LISTEN_POSITIONS_KEY = 'fine-tuning-course:listen-positions';
/** How many damaged saves are kept; older copies give way to newer ones. */
export const KEPT_UNREADABLE_COPIES = 5;

/**
 * - `saved`: every change is saved in this browser.
 * - `memory-only`: storage is blocked or full; changes last until the page closes.
 * - `damaged-kept`: the saved progress was damaged and there was no room to copy it aside,
 *   so it is kept as it is and changes last until the page closes.
 */
export type StoreHealth = 'saved' | 'memory-only' | 'damaged-kept';

export interface ProgressStore {
  /** The current progress; always valid. */
  read(): Progress;
  /** Applies a change, saves it when it safely can, tells subscribers, returns the result. */
  update(change: (progress: Progress) => Progress): Progress;
  /** Calls `listener` after every change, here or in another tab. Returns an unsubscribe. */
  subscribe(listener: (progress: Progress) => void): () => void;
  /** False when progress cannot be saved and will be lost when the page closes. */
  persistent(): boolean;
  /** Why progress is or is not being saved. */
  health(): StoreHealth;
}

export interface StoreOptions {
  /** Where to save; `null` when the browser refuses storage. */
  storage: Storage | null;
  /**
   * Where `storage` events from other tabs arrive, and where PROGRESS_CHANGED is fired after a
   * change here; usually `window`.
   */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener' | 'dispatchEvent'> | null;
  /** The clock, for the keys of damaged copies. */
  now?: () => number;
}

function safeGet(storage: Storage | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function safeSet(storage: Storage | null, key: string, value: string): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** The keys of the damaged copies, oldest first. */
export function unreadableCopies(storage: Storage | null): string[] {
  const keys: string[] = [];
  try {
    for (let index = 0; storage && index < storage.length; index += 1) {
      const key = storage.key(index);
      if (key?.startsWith(UNREADABLE_PREFIX)) keys.push(key);
    }
  } catch {
    return [];
  }
  const time = (key: string) => Number(key.slice(UNREADABLE_PREFIX.length)) || 0;
  return keys.sort((a, b) => time(a) - time(b));
}

/** Copies a damaged save aside under a new key; true once it is safely kept somewhere. */
function copyAside(storage: Storage | null, raw: string, now: number): boolean {
  const copies = unreadableCopies(storage);
  if (copies.some((key) => safeGet(storage, key) === raw)) return true;
  let key = `${UNREADABLE_PREFIX}${now}`;
  for (let bump = 1; copies.includes(key); bump += 1) key = `${UNREADABLE_PREFIX}${now + bump}`;
  if (!safeSet(storage, key, raw)) return false;
  for (const old of [...copies, key].slice(0, -KEPT_UNREADABLE_COPIES)) {
    try {
      storage?.removeItem(old);
    } catch {
      // A copy that cannot be removed is simply kept.
    }
  }
  return true;
}

export function createProgressStore({
  storage,
  events = null,
  now = Date.now,
}: StoreOptions): ProgressStore {
  const listeners = new Set<(progress: Progress) => void>();
  let saved = storage !== null;
  // The stored text `current` was read from; when storage changes behind our back
  // (another tab, a cleared site), the next read notices and reloads.
  let lastRaw: string | null = null;
  // A damaged save that could not be copied aside; it must not be overwritten.
  let protectedRaw: string | null = null;

  function load(): Progress {
    const raw = safeGet(storage, STORAGE_KEY);
    lastRaw = raw;
    const { progress, intact } = parseProgress(raw);
    protectedRaw = null;
    if (!intact && raw !== null && !copyAside(storage, raw, now())) protectedRaw = raw;
    if (protectedRaw !== null) saved = false;
    return progress;
  }

  let current = load();

  const onStorage = (event: Event) => {
    const { key } = event as StorageEvent;
    if (key !== STORAGE_KEY && key !== null) return;
    current = load();
    for (const listener of listeners) listener(current);
  };

  return {
    read() {
      if (storage && safeGet(storage, STORAGE_KEY) !== lastRaw) current = load();
      return current;
    },
    update(change) {
      current = change(this.read());
      if (protectedRaw !== null && safeGet(storage, STORAGE_KEY) === protectedRaw) {
        saved = false;
      } else {
        protectedRaw = null;
        const raw = JSON.stringify(current);
        saved = safeSet(storage, STORAGE_KEY, raw);
        if (saved) lastRaw = raw;
      }
      for (const listener of listeners) listener(current);
      events?.dispatchEvent(new Event(PROGRESS_CHANGED));
      return current;
    },
    subscribe(listener) {
      if (listeners.size === 0) events?.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) events?.removeEventListener('storage', onStorage);
      };
    },
    persistent: () => saved,
    health: () => (protectedRaw !== null ? 'damaged-kept' : saved ? 'saved' : 'memory-only'),
  };
}

/** Returns `localStorage`, or null when the browser blocks it (reading it can throw). */
export function browserStorage(): Storage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

/**
 * Returns a small preference saved under `key`, or null when it is missing or storage is blocked.
 * The caller checks the value, which may be anything another version or a person left there.
 */
export function readPreference(key: string, storage = browserStorage()): string | null {
  return safeGet(storage, key);
}

/** Saves a small preference; false when storage is blocked or full (it then lasts the visit). */
export function savePreference(key: string, value: string, storage = browserStorage()): boolean {
  return safeSet(storage, key, value);
}

let shared: ProgressStore | undefined;

/** The page-wide store shared by every island. */
export function progressStore(): ProgressStore {
  shared ??= createProgressStore({
    storage: browserStorage(),
    events: typeof window === 'undefined' ? null : window,
  });
  return shared;
}
