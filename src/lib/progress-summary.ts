/** Summarises saved attempts and card states per chapter for the progress page. */
import { tally } from './attempts';
import { latestAttempt, type Progress } from './progress';
import { countByState, recordsOf, type CardState } from './card-state';

export interface ProgressQuestion {
  id: string;
  prompt: string;
  href: string;
  /** The id of the chapter objective the question checks (mastery-view.ts). */
  objective?: string | undefined;
}

export interface ProgressChapter {
  id: string;
  title: string;
  href: string;
  questions: ProgressQuestion[];
  /** Ids of the chapter's flashcards. */
  cardIds: string[];
  /** The chapter's learning objectives, for mastery (mastery-view.ts). */
  objectives?: readonly { id: string; text: string }[];
}

export interface ChapterProgress extends ProgressChapter {
  answered: number;
  firstTry: number;
  afterRetry: number;
  unanswered: ProgressQuestion[];
  /** Answered, but not right the first time on the latest attempt. */
  missed: ProgressQuestion[];
  /** How many of the chapter's cards are in each state (see card-state.ts). */
  cards: Record<CardState, number>;
}

export function summarizeChapters(
  chapters: readonly ProgressChapter[],
  progress: Progress,
  now: number = Date.now(),
): ChapterProgress[] {
  return chapters.map((chapter) => {
    const outcome = (id: string) => latestAttempt(progress, id)?.outcome ?? null;
    const counts = tally(
      chapter.questions.map((question) => question.id),
      (id) => latestAttempt(progress, id),
    );
    const cards = countByState(recordsOf(chapter.cardIds, progress.cards), now);
    return {
      ...chapter,
      answered: counts.answered,
      firstTry: counts.firstTry,
      afterRetry: counts.afterRetry,
      unanswered: chapter.questions.filter((question) => outcome(question.id) === null),
      missed: chapter.questions.filter((question) => {
        const result = outcome(question.id);
        return result !== null && result !== 'first-try';
      }),
      cards,
    };
  });
}
