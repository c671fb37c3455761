/**
 * What a learner's progress is, and the pure changes made to it. No storage here (see
 * progress-store.ts, the only module that touches localStorage) and no parsing (progress-read.ts).
 *
 * Stored as JSON, version 3:
 *
 *   {
 *     "version": 3,
 *     "seed": "k3j9x1",              // random per learner; orders their practice test
 *     "questions": {                 // keyed by question id
 *       "prevent-overfitting": {
 *         "attempts": [              // oldest first; the last is the one shown and scored
 *           { "startedAt": 1764145200000, "outcome": "after-retry",
 *             "tries": [ { "at": 1764145200000, "picked": [2], "correct": false },
 *                        { "at": 1764145230000, "picked": [0], "correct": true } ] }
 *         ]
 *       },
 *       "steps-per-epoch": { "attempts": [ { "startedAt": …, "outcome": "first-try",
 *         "tries": [ { "at": …, "value": 187.5, "correct": true } ] } ] }
 *     },
 *     "cards": {                     // FSRS scheduling state, keyed by flashcard id
 *       "dropout": { "due": 1764231600000, "stability": 3.2, "difficulty": 5.1,
 *                    "elapsedDays": 0, "scheduledDays": 3, "learningSteps": 0, "reps": 1,
 *                    "lapses": 0, "state": 2, "lastReview": 1764145200000,
 *                    "introduced": 1764145200000 }
 *     },
 *     "practice": {                  // the practice test
 *       "current": { "startedAt": …, "filter": "all", "ids": ["q1", "q7", …] },
 *       // or a "Practice for me" set: its questions in the planned order, the seed it was
 *       // planned with, and why each is in it, in words as of the set's start:
 *       // "current": { "startedAt": …, "filter": "for-me", "ids": ["q4", "q1", …],
 *       //   "plan": { "seed": "k3j9x1:1764145200000",
 *       //             "reasons": { "q4": "missed 3 days ago", "q1": "new: Chapter 2" } } },
 *       "history": [ { "startedAt": …, "endedAt": …, "asked": 43, "answered": 40,
 *                      "firstTry": 31, "afterRetry": 5 },
 *                    // a finished "Practice for me" set's score also says "planned": true
 *                    { "startedAt": …, …, "asked": 10, …, "planned": true } ]
 *     },
 *     "settings": { "newCardsPerDay": 20, "updatedAt": 1764145200000 }
 *   }
 *
 * `picked` holds option indexes in authored order. `outcome` is null while an attempt is open
 * (not tried yet, or one try left); see attempts.ts. Every date is milliseconds since the epoch.
 * `introduced` is when a card was first graded, which the daily new-card limit uses.
 * Versions 1 and 2 kept one `answers` entry per question; progress-read.ts migrates them.
 */
import { isStarted, newAttempt, type Attempt } from './attempts';
import { newSeed } from './shuffle';

export const PROGRESS_VERSION = 3;
export const DEFAULT_NEW_CARDS_PER_DAY = 20;
/** Attempts kept per question: enough history for spaced practice, small enough to store. */
export const KEPT_ATTEMPTS = 20;
/** Practice test scores kept. */
export const KEPT_PRACTICE_SCORES = 20;

export interface QuestionRecord {
  attempts: Attempt[];
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

export type PracticeFilter = 'all' | 'missed' | 'unanswered';
/** What a run asks: the questions that match a filter, or a set planned for the learner. */
export type RunKind = PracticeFilter | 'for-me';

/** How a "Practice for me" set was planned (src/lib/planned-run.ts). */
export interface RunPlan {
  /** The planner's seed, so the set can be planned again exactly. */
  seed: string;
  /** Why each question is in the set, keyed by question id ("missed 3 days ago"). */
  reasons: Record<string, string>;
}

/** The practice test being taken: its questions in the order shown. */
export interface PracticeRun {
  /** Answers given since this moment belong to the run. */
  startedAt: number;
  filter: RunKind;
  ids: string[];
  /** Only on a "for-me" run. */
  plan?: RunPlan;
}

/** How a finished practice run went. */
export interface PracticeScore {
  startedAt: number;
  endedAt: number;
  asked: number;
  answered: number;
  firstTry: number;
  afterRetry: number;
  /** Set on a "Practice for me" set's score, so the history can tell it from a practice test. */
  planned?: true;
}

export interface Settings {
  /** How many never-seen cards /review/ introduces per day. */
  newCardsPerDay: number;
  /** When a setting last changed, so loading a progress file keeps the newer settings. */
  updatedAt: number;
}

export interface Progress {
  version: typeof PROGRESS_VERSION;
  seed: string;
  questions: Record<string, QuestionRecord>;
  cards: Record<string, StoredCard>;
  practice: { current: PracticeRun | null; history: PracticeScore[] };
  settings: Settings;
}

export function emptyProgress(seed: string = newSeed()): Progress {
  return {
    version: PROGRESS_VERSION,
    seed,
    questions: {},
    cards: {},
    practice: { current: null, history: [] },
    settings: { newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY, updatedAt: 0 },
  };
}

/** The attempt a question shows and is scored by: its latest. */
export function latestAttempt(progress: Progress, id: string): Attempt | undefined {
  return Object.hasOwn(progress.questions, id)
    ? progress.questions[id]?.attempts.at(-1)
    : undefined;
}

/** Replaces or adds the latest attempt at a question, keeping the history. */
export function saveAttempt(progress: Progress, id: string, attempt: Attempt): Progress {
  const attempts = Object.hasOwn(progress.questions, id)
    ? (progress.questions[id]?.attempts ?? [])
    : [];
  const last = attempts.at(-1);
  const kept = last && last.startedAt === attempt.startedAt ? attempts.slice(0, -1) : attempts;
  return {
    ...progress,
    questions: {
      ...progress.questions,
      [id]: { attempts: [...kept, attempt].slice(-KEPT_ATTEMPTS) },
    },
  };
}

/**
 * Starts the given questions afresh, as "Reset these questions" does: each gets a new, empty
 * attempt, and earlier attempts stay in its history.
 */
export function startAfresh(progress: Progress, ids: readonly string[], at: number): Progress {
  return ids.reduce((next, id) => {
    const latest = latestAttempt(next, id);
    if (!isStarted(latest)) return next;
    return saveAttempt(next, id, newAttempt(at));
  }, progress);
}

/** The records of the given questions, to put back if a reset is undone. */
export function questionRecords(
  progress: Progress,
  ids: readonly string[],
): Record<string, QuestionRecord | undefined> {
  return Object.fromEntries(
    ids.map((id) => [
      id,
      Object.hasOwn(progress.questions, id) ? progress.questions[id] : undefined,
    ]),
  );
}

/** Puts question records back exactly as they were (undefined: the question had none). */
export function restoreQuestions(
  progress: Progress,
  records: Readonly<Record<string, QuestionRecord | undefined>>,
): Progress {
  const questions = { ...progress.questions };
  for (const [id, record] of Object.entries(records)) {
    if (record) questions[id] = record;
    else delete questions[id];
  }
  return { ...progress, questions };
}

/** Saves a card's new scheduling state. */
export function recordCard(progress: Progress, id: string, card: StoredCard): Progress {
  return { ...progress, cards: { ...progress.cards, [id]: card } };
}

/** Changes a setting, noting when. */
export function updateSettings(
  progress: Progress,
  change: Partial<Omit<Settings, 'updatedAt'>>,
  at: number,
): Progress {
  return { ...progress, settings: { ...progress.settings, ...change, updatedAt: at } };
}
