/**
 * The course-wide practice test. A run is one go at it: the questions chosen when it started,
 * in the order shown. Answers are saved with the questions as they are given (like a chapter
 * quiz), and an answer belongs to the run when its attempt started after the run did, so
 * leaving the page and coming back (Back, a Review link, a reload) keeps the run as it was.
 */
import { tally, type Attempt, type Tally } from './attempts';
import {
  KEPT_PRACTICE_SCORES,
  latestAttempt,
  type PracticeFilter,
  type PracticeRun,
  type PracticeScore,
  type Progress,
} from './progress';
import type { ReservedHeight } from './practice-render';
import type { QuestionView } from './quiz-view';
import { stableOrder } from './shuffle';

/** What /practice/questions.json holds (src/course/practice-questions-route.ts). */
export interface PracticeQuestions {
  /** Every question of the course, in course order. */
  questions: QuestionView[];
  /** The room each question's card keeps until it renders, in the same order (practice-render.ts). */
  reserved: ReservedHeight[];
}

const isHeight = (value: unknown): value is ReservedHeight =>
  typeof value === 'object' &&
  value !== null &&
  Number.isFinite((value as ReservedHeight).narrow) &&
  Number.isFinite((value as ReservedHeight).wide);

/**
 * The questions from a response to /practice/questions.json, or null when it is not that file
 * (a captive portal's page, a half-written file): the island then offers to try again.
 */
export function readPracticeQuestions(data: unknown): PracticeQuestions | null {
  if (typeof data !== 'object' || data === null) return null;
  const { questions, reserved } = data as Partial<PracticeQuestions>;
  if (!Array.isArray(questions) || !Array.isArray(reserved)) return null;
  const valid =
    reserved.length === questions.length &&
    reserved.every(isHeight) &&
    questions.every(
      (question: unknown) =>
        typeof question === 'object' &&
        question !== null &&
        typeof (question as QuestionView).id === 'string' &&
        typeof (question as QuestionView).promptHtml === 'string',
    );
  return valid ? { questions, reserved } : null;
}

export const FILTER_LABELS: Record<PracticeFilter, string> = {
  all: 'All questions',
  missed: 'Only the ones I missed',
  unanswered: 'Only the ones I have not answered',
};

/**
 * The ids that match a filter, by each question's latest attempt: "missed" is every question
 * not right the first time; "unanswered" every question without a finished attempt.
 */
export function filterIds(
  ids: readonly string[],
  progress: Progress,
  filter: PracticeFilter,
): string[] {
  if (filter === 'all') return [...ids];
  return ids.filter((id) => {
    const outcome = latestAttempt(progress, id)?.outcome ?? null;
    return filter === 'missed' ? outcome !== null && outcome !== 'first-try' : outcome === null;
  });
}

/** The attempt at a question that belongs to the run, if the learner has started one. */
export function runAttempt(progress: Progress, run: PracticeRun, id: string): Attempt | undefined {
  const latest = latestAttempt(progress, id);
  return latest && latest.startedAt >= run.startedAt ? latest : undefined;
}

/** How the run is going so far. */
export function runTally(progress: Progress, run: PracticeRun): Tally {
  return tally(run.ids, (id) => runAttempt(progress, run, id));
}

/** A run's score as kept in the history. */
export function runScore(progress: Progress, run: PracticeRun, endedAt: number): PracticeScore {
  const { total, answered, firstTry, afterRetry } = runTally(progress, run);
  const score = { startedAt: run.startedAt, endedAt, asked: total, answered, firstTry, afterRetry };
  return run.filter === 'for-me' ? { ...score, planned: true } : score;
}

/**
 * Makes `run` the current run. The run in progress goes into the history if anything was
 * answered in it. Shared by the practice test and "Practice for me" (planned-run.ts).
 */
export function replaceRun(progress: Progress, run: PracticeRun): Progress {
  const previous = progress.practice.current;
  const score = previous && runScore(progress, previous, run.startedAt);
  const history =
    score && score.answered > 0
      ? [...progress.practice.history, score].slice(-KEPT_PRACTICE_SCORES)
      : progress.practice.history;
  return { ...progress, practice: { current: run, history } };
}

/** Starts a new run over the questions that match the filter, shuffled for this learner and run. */
export function startRun(
  progress: Progress,
  ids: readonly string[],
  filter: PracticeFilter,
  at: number,
): Progress {
  const chosen = filterIds(ids, progress, filter);
  const order = stableOrder(chosen.length, progress.seed, `practice:${at}`);
  return replaceRun(progress, { startedAt: at, filter, ids: order.map((index) => chosen[index]!) });
}

export interface ChapterRow {
  chapterId: string;
  title: string;
  href: string;
  asked: number;
  answered: number;
  firstTry: number;
  afterRetry: number;
}

/** What the breakdown needs to know about a question. */
export interface PracticeItem {
  id: string;
  /** Practice questions always carry their chapter; items without one are not counted. */
  chapter?: { id: string; title: string; href: string } | undefined;
}

/** One row per chapter with questions in the run, in course order, each chapter once. */
export function breakdownByChapter(
  courseOrder: readonly PracticeItem[],
  asked: ReadonlySet<string>,
  attemptOf: (id: string) => Attempt | undefined,
): ChapterRow[] {
  const rows = new Map<string, ChapterRow>();
  for (const { id, chapter } of courseOrder) {
    if (!chapter || !asked.has(id)) continue;
    const row = rows.get(chapter.id) ?? {
      chapterId: chapter.id,
      title: chapter.title,
      href: chapter.href,
      asked: 0,
      answered: 0,
      firstTry: 0,
      afterRetry: 0,
    };
    const counts: Tally = tally([id], attemptOf);
    row.asked += 1;
    row.answered += counts.answered;
    row.firstTry += counts.firstTry;
    row.afterRetry += counts.afterRetry;
    rows.set(chapter.id, row);
  }
  return [...rows.values()];
}
