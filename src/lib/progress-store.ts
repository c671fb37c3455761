/**
 * The only module that touches localStorage. Everything a learner does is saved here.
 *
 * Key `fine-tuning-course:progress`, JSON, version 2:
 *
 *   {
 *     "version": 2,
 *     "seed": "k3j9x1",          // random per learner, fixes their option order
 *     "answers": {                // quiz answers, keyed by question id
 *       "prevent-overfitting": { "picked": [0, 2], "correct": false, "at": 1764145200000 }
 *     },
 *     "cards": {                  // FSRS scheduling state, keyed by flashcard id
 *       "dropout": { "due": 1764231600000, "stability": 3.2, "difficulty": 5.1,
 *                    "elapsedDays": 0, "scheduledDays": 3, "learningSteps": 0, "reps": 1,
 *                    "lapses": 0, "state": 2, "lastReview": 1764145200000,
 *                    "introduced": 1764145200000 }
 *     },
 *     "settings": { "newCardsPerDay": 20 }
 *   }
 *
 * `picked` holds option indexes in authored order. Every date is milliseconds since the
 * epoch. `introduced` is when a card was first graded, which the daily new-card limit uses.
 * Version 1 had no `cards` or `settings`; it is read as version 2 with none of either.
 *
 * Reads never throw. Valid entries are kept from partly damaged data; a value that
 * cannot be read at all is copied to `fine-tuning-course:progress:unreadable` before it
 * is replaced, so nothing is silently lost. When storage is missing (private mode,
 * blocked cookies) or full, progress lives in memory for the page and `persistent`
 * turns false so the page can say so. Other tabs are kept in sync via `storage` events.
 */
import { newSeed } from './shuffle';

export const STORAGE_KEY = 'fine-tuning-course:progress';
export const UNREADABLE_KEY = `${STORAGE_KEY}:unreadable`;
export const PROGRESS_VERSION = 2;
export const DEFAULT_NEW_CARDS_PER_DAY = 20;

export interface AnswerRecord {
  picked: number[];
  correct: boolean;
  at: number;
}

/** FSRS state of one card; the same fields as ts-fsrs's Card, with dates as numbers. */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: number | null;
  introduced: number;
}

export interface Settings {
  /** How many never-seen cards /review/ introduces per day. */
  newCardsPerDay: number;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  seed: string;
  answers: Record<string, AnswerRecord>;
  cards: Record<string, StoredCard>;
  settings: Settings;
}

export function emptyProgress(seed: string = newSeed()): Progress {
  return {
    version: PROGRESS_VERSION,
    seed,
    answers: {},
    cards: {},
    settings: { newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readAnswer(value: unknown): AnswerRecord | undefined {
  if (!isRecord(value) || typeof value.correct !== 'boolean') return undefined;
  const picked = Array.isArray(value.picked)
    ? value.picked.filter((index): index is number => Number.isInteger(index) && index >= 0)
    : [];
  const at = typeof value.at === 'number' && Number.isFinite(value.at) ? value.at : 0;
  return { picked, correct: value.correct, at };
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function readCard(value: unknown): StoredCard | undefined {
  if (!isRecord(value)) return undefined;
  const numbers = [
    'due',
    'stability',
    'difficulty',
    'elapsedDays',
    'scheduledDays',
    'learningSteps',
    'reps',
    'lapses',
    'introduced',
  ] as const;
  if (!numbers.every((key) => isNumber(value[key]))) return undefined;
  const state = value.state;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  const lastReview = isNumber(value.lastReview) ? value.lastReview : null;
  const card = Object.fromEntries(numbers.map((key) => [key, value[key]]));
  return { ...(card as Omit<StoredCard, 'state' | 'lastReview'>), state, lastReview };
}

function readSettings(value: unknown): Settings {
  const limit = isRecord(value) ? value.newCardsPerDay : undefined;
  return {
    newCardsPerDay:
      isNumber(limit) && limit >= 0 ? Math.min(Math.round(limit), 9999) : DEFAULT_NEW_CARDS_PER_DAY,
  };
}

/** Reads one keyed collection, keeping the entries `read` accepts; reports any it drops. */
function readEntries<T>(
  value: unknown,
  read: (entry: unknown) => T | undefined,
): { entries: Record<string, T>; intact: boolean } {
  const entries: Record<string, T> = {};
  if (value === undefined) return { entries, intact: true };
  if (!isRecord(value)) return { entries, intact: false };
  let intact = true;
  for (const [id, entry] of Object.entries(value)) {
    const parsed = read(entry);
    if (parsed) entries[id] = parsed;
    else intact = false;
  }
  return { entries, intact };
}

export interface ParsedProgress {
  progress: Progress;
  /** False when the stored text had to be thrown away or partly dropped. */
  intact: boolean;
}

/** Reads stored text into valid progress, keeping every entry that still makes sense. */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null) return { progress: emptyProgress(), intact: true };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), intact: false };
  }
  if (!isRecord(data)) return { progress: emptyProgress(), intact: false };
  // Version 1 is a subset of version 2, so it reads as an intact, older save.
  const knownVersion = data.version === PROGRESS_VERSION || data.version === 1;
  const seed = typeof data.seed === 'string' && data.seed ? data.seed : newSeed();
  const answers = readEntries(data.answers, readAnswer);
  const cards = readEntries(data.cards, readCard);
  return {
    progress: {
      version: PROGRESS_VERSION,
      seed,
      answers: answers.entries,
      cards: cards.entries,
      settings: readSettings(data.settings),
    },
    intact: knownVersion && answers.intact && cards.intact,
  };
}

export interface ProgressStore {
  /** The current progress; always valid. */
  read(): Progress;
  /** Applies a change, saves it, tells subscribers, and returns the new progress. */
  update(change: (progress: Progress) => Progress): Progress;
  /** Calls `listener` after every change, here or in another tab. Returns an unsubscribe. */
  subscribe(listener: (progress: Progress) => void): () => void;
  /** False when progress cannot be saved and will be lost when the page closes. */
  persistent(): boolean;
}

export interface StoreOptions {
  /** Where to save; `null` when the browser refuses storage. */
  storage: Storage | null;
  /** Where `storage` events from other tabs arrive; usually `window`. */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
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

export function createProgressStore({ storage, events = null }: StoreOptions): ProgressStore {
  const listeners = new Set<(progress: Progress) => void>();
  let saved = storage !== null;
  // The stored text `current` was read from; when storage changes behind our back
  // (another tab, a cleared site), the next read notices and reloads.
  let lastRaw: string | null = null;

  function load(): Progress {
    const raw = safeGet(storage, STORAGE_KEY);
    lastRaw = raw;
    const { progress, intact } = parseProgress(raw);
    if (!intact && raw !== null) safeSet(storage, UNREADABLE_KEY, raw);
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
      if (saved && safeGet(storage, STORAGE_KEY) !== lastRaw) current = load();
      return current;
    },
    update(change) {
      current = change(this.read());
      const raw = JSON.stringify(current);
      saved = safeSet(storage, STORAGE_KEY, raw);
      if (saved) lastRaw = raw;
      for (const listener of listeners) listener(current);
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

let shared: ProgressStore | undefined;

/** The page-wide store shared by every island. */
export function progressStore(): ProgressStore {
  shared ??= createProgressStore({
    storage: browserStorage(),
    events: typeof window === 'undefined' ? null : window,
  });
  return shared;
}

/** Records a learner's answer to one question. */
export function recordAnswer(
  progress: Progress,
  id: string,
  picked: readonly number[],
  correct: boolean,
  at: number,
): Progress {
  return {
    ...progress,
    answers: { ...progress.answers, [id]: { picked: [...picked], correct, at } },
  };
}

/** Saves a card's new scheduling state. */
export function recordCard(progress: Progress, id: string, card: StoredCard): Progress {
  return { ...progress, cards: { ...progress.cards, [id]: card } };
}

/** Forgets the answers to the given questions (all of them when `ids` is omitted). */
export function clearAnswers(progress: Progress, ids?: readonly string[]): Progress {
  if (!ids) return { ...progress, answers: {} };
  const answers = { ...progress.answers };
  for (const id of ids) delete answers[id];
  return { ...progress, answers };
}
