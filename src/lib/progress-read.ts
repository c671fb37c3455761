/**
 * Reads stored progress text into valid progress, whatever it holds. Reading never throws:
 * every entry that still makes sense is kept, and `intact` says whether anything had to be
 * dropped. Older saves are migrated:
 * - version 1 (answers only) and version 2 (answers, cards, settings) kept one answer per
 *   question, `{ picked, correct, at }`; it becomes one finished attempt with that single try,
 *   "first-try" if it was right and "wrong" if not. Nothing a learner did is lost.
 */
import type { Attempt, Outcome, Try } from './attempts';
import {
  DEFAULT_NEW_CARDS_PER_DAY,
  emptyProgress,
  PROGRESS_VERSION,
  type PracticeScore,
  type Progress,
  type QuestionRecord,
  type Settings,
  type StoredCard,
} from './progress';
import { readPracticeRun, readPracticeScore } from './progress-read-practice';
import { isNumber, isRecord } from './read-guards';
import { newSeed } from './shuffle';

const OUTCOMES: readonly Outcome[] = ['first-try', 'after-retry', 'revealed', 'wrong'];

function readPicked(value: unknown): number[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((index): index is number => Number.isInteger(index) && index >= 0);
}

function readTry(value: unknown): Try | undefined {
  if (!isRecord(value) || typeof value.correct !== 'boolean' || !isNumber(value.at))
    return undefined;
  const picked = readPicked(value.picked);
  const number = isNumber(value.value) ? value.value : undefined;
  if (picked === undefined && number === undefined) return undefined;
  return {
    at: value.at,
    ...(picked ? { picked } : {}),
    ...(number !== undefined ? { value: number } : {}),
    correct: value.correct,
  };
}

function readAttempt(value: unknown): Attempt | undefined {
  if (!isRecord(value) || !isNumber(value.startedAt) || !Array.isArray(value.tries))
    return undefined;
  const tries = value.tries.map(readTry);
  if (tries.some((each) => each === undefined)) return undefined;
  const outcome = value.outcome === null ? null : OUTCOMES.find((each) => each === value.outcome);
  if (outcome === undefined) return undefined;
  return { startedAt: value.startedAt, tries: tries as Try[], outcome };
}

function readQuestion(value: unknown): QuestionRecord | undefined {
  if (!isRecord(value) || !Array.isArray(value.attempts)) return undefined;
  const attempts = value.attempts.map(readAttempt);
  if (attempts.length === 0 || attempts.some((each) => each === undefined)) return undefined;
  return { attempts: attempts as Attempt[] };
}

/** A version 1 or 2 answer, `{ picked, correct, at }`, as a question with one finished attempt. */
function migrateAnswer(value: unknown): QuestionRecord | undefined {
  if (!isRecord(value) || typeof value.correct !== 'boolean') return undefined;
  const at = isNumber(value.at) ? value.at : 0;
  const picked = readPicked(value.picked) ?? [];
  return {
    attempts: [
      {
        startedAt: at,
        tries: [{ at, picked, correct: value.correct }],
        outcome: value.correct ? 'first-try' : 'wrong',
      },
    ],
  };
}

const CARD_NUMBERS = [
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

function readCard(value: unknown): StoredCard | undefined {
  if (!isRecord(value)) return undefined;
  if (!CARD_NUMBERS.every((key) => isNumber(value[key]))) return undefined;
  const state = value.state;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return undefined;
  const lastReview = isNumber(value.lastReview) ? value.lastReview : null;
  const card = Object.fromEntries(CARD_NUMBERS.map((key) => [key, value[key]]));
  return { ...(card as Omit<StoredCard, 'state' | 'lastReview'>), state, lastReview };
}

function readSettings(value: unknown): Settings {
  const settings = isRecord(value) ? value : {};
  const limit = settings.newCardsPerDay;
  return {
    newCardsPerDay:
      isNumber(limit) && limit >= 0 ? Math.min(Math.round(limit), 9999) : DEFAULT_NEW_CARDS_PER_DAY,
    updatedAt: isNumber(settings.updatedAt) ? settings.updatedAt : 0,
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
  /** The version the text was saved with (0 when it had none or was unreadable). */
  version: number;
}

/** Reads stored text into valid progress of the current version. */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null) return { progress: emptyProgress(), intact: true, version: PROGRESS_VERSION };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), intact: false, version: 0 };
  }
  return readProgressData(data);
}

/** Reads already-parsed JSON (a stored save, or a downloaded progress file's `progress`). */
export function readProgressData(data: unknown): ParsedProgress {
  if (!isRecord(data)) return { progress: emptyProgress(), intact: false, version: 0 };
  const version = isNumber(data.version) ? data.version : 0;
  const knownVersion = version >= 1 && version <= PROGRESS_VERSION;
  const seed = typeof data.seed === 'string' && data.seed ? data.seed : newSeed();
  const questions =
    version >= 3
      ? readEntries(data.questions, readQuestion)
      : readEntries(data.answers, migrateAnswer);
  const cards = readEntries(data.cards, readCard);
  const practice = isRecord(data.practice) ? data.practice : {};
  const history = Array.isArray(practice.history) ? practice.history.map(readPracticeScore) : [];
  return {
    progress: {
      version: PROGRESS_VERSION,
      seed,
      questions: questions.entries,
      cards: cards.entries,
      practice: {
        current: readPracticeRun(practice.current),
        history: history.filter((score): score is PracticeScore => score !== undefined),
      },
      settings: readSettings(data.settings),
    },
    intact:
      knownVersion &&
      questions.intact &&
      cards.intact &&
      history.every((score) => score !== undefined),
    version,
  };
}
