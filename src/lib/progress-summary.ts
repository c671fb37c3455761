/** Summarises saved answers per chapter for the progress page. */
import type { AnswerRecord } from './progress-store';

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
}

export interface ChapterProgress extends ProgressChapter {
  answered: number;
  correct: number;
  unanswered: ProgressQuestion[];
  wrong: ProgressQuestion[];
}

export function summarizeChapters(
  chapters: readonly ProgressChapter[],
  answers: Readonly<Record<string, AnswerRecord | undefined>>,
): ChapterProgress[] {
  return chapters.map((chapter) => {
    const unanswered = chapter.questions.filter((question) => !answers[question.id]);
    const wrong = chapter.questions.filter((question) => answers[question.id]?.correct === false);
    const answered = chapter.questions.length - unanswered.length;
    return { ...chapter, answered, correct: answered - wrong.length, unanswered, wrong };
  });
}
