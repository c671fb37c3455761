/** Summarises saved attempts and card states per chapter for the progress page. */
import { tally } from './attempts';
import { latestAttempt, type Progress } from './progress';
import { cardStatus } from './review-queue';

export interface ProgressQuestion {
  id: string;
  prompt: string;
  href: string;
}

export interface ProgressChapter {
  id: string;
  title: string;
  href: string;
  questions: ProgressQuestion[];
  /** Ids of the chapter's flashcards. */
  cardIds: string[];
}

export interface ChapterProgress extends ProgressChapter {
  answered: number;
  firstTry: number;
  afterRetry: number;
  unanswered: ProgressQuestion[];
  /** Answered, but not right the first time on the latest attempt. */
  missed: ProgressQuestion[];
  cards: { learned: number; due: number; new: number };
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
    const cards = { learned: 0, due: 0, new: 0 };
    for (const id of chapter.cardIds) {
      cards[cardStatus(Object.hasOwn(progress.cards, id) ? progress.cards[id] : undefined, now)] +=
        1;
    }
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
