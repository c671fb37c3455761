/**
 * What a learner's progress is, and how it is read back. Pure: no storage here (see
 * progress-store.ts, the only module that touches localStorage).
 *
 * Stored as JSON, version 2:
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
 * Reading never throws: every entry that still makes sense is kept from damaged data, and
 * `intact` says whether anything had to be dropped.
 */
import { newSeed } from './shuffle';

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

/** Puts back answers that were cleared, e.g. when a learner undoes a reset. */
export function restoreAnswers(
  progress: Progress,
  answers: Readonly<Record<string, AnswerRecord>>,
): Progress {
  return { ...progress, answers: { ...progress.answers, ...answers } };
}

/** Returns the saved answers to the given questions. */
export function answersFor(
  progress: Progress,
  ids: readonly string[],
): Record<string, AnswerRecord> {
  return Object.fromEntries(
    ids.flatMap((id) => (Object.hasOwn(progress.answers, id) ? [[id, progress.answers[id]]] : [])),
  ) as Record<string, AnswerRecord>;
}

/** Forgets the answers to the given questions (all of them when `ids` is omitted). */
export function clearAnswers(progress: Progress, ids?: readonly string[]): Progress {
  if (!ids) return { ...progress, answers: {} };
  const answers = { ...progress.answers };
  for (const id of ids) delete answers[id];
  return { ...progress, answers };
}
