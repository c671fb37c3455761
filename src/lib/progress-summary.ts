/** Summarises saved answers and card states per chapter for the progress page. */
import type { AnswerRecord, StoredCard } from './progress';
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
  correct: number;
  unanswered: ProgressQuestion[];
  wrong: ProgressQuestion[];
  cards: { learned: number; due: number; new: number };
}

export function summarizeChapters(
  chapters: readonly ProgressChapter[],
  answers: Readonly<Record<string, AnswerRecord | undefined>>,
  cards: Readonly<Record<string, StoredCard | undefined>> = {},
  now: number = Date.now(),
): ChapterProgress[] {
  return chapters.map((chapter) => {
    const unanswered = chapter.questions.filter((question) => !answers[question.id]);
    const wrong = chapter.questions.filter((question) => answers[question.id]?.correct === false);
    const answered = chapter.questions.length - unanswered.length;
    const counts = { learned: 0, due: 0, new: 0 };
    for (const id of chapter.cardIds) counts[cardStatus(cards[id], now)] += 1;
    return {
      ...chapter,
      answered,
      correct: answered - wrong.length,
      unanswered,
      wrong,
      cards: counts,
    };
  });
}
