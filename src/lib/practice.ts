/**
 * The course-wide practice test: which questions to ask, in what order, and the
 * per-chapter breakdown at the end.
 */
import type { AnswerRecord } from './progress';

export type PracticeFilter = 'all' | 'missed' | 'unanswered';

export const FILTER_LABELS: Record<PracticeFilter, string> = {
  all: 'All questions',
  missed: 'Only the ones I missed',
  unanswered: 'Only the ones I have not answered',
};

/** Returns the ids that match a filter, judged by the learner's saved answers. */
export function filterIds(
  ids: readonly string[],
  answers: Readonly<Record<string, AnswerRecord | undefined>>,
  filter: PracticeFilter,
): string[] {
  if (filter === 'missed') return ids.filter((id) => answers[id]?.correct === false);
  if (filter === 'unanswered') return ids.filter((id) => answers[id] === undefined);
  return [...ids];
}

export interface ChapterRow {
  chapterId: string;
  title: string;
  href: string;
  asked: number;
  answered: number;
  correct: number;
}

/** What the breakdown needs to know about a question. */
export interface PracticeItem {
  id: string;
  /** Practice questions always carry their chapter; items without one are not counted. */
  chapter?: { id: string; title: string; href: string } | undefined;
}

/** Returns one row per chapter with questions in the test, in the order chapters first appear. */
export function breakdownByChapter(
  items: readonly PracticeItem[],
  results: Readonly<Record<string, { correct: boolean } | undefined>>,
): ChapterRow[] {
  const rows = new Map<string, ChapterRow>();
  for (const { id, chapter } of items) {
    if (!chapter) continue;
    const row = rows.get(chapter.id) ?? {
      chapterId: chapter.id,
      title: chapter.title,
      href: chapter.href,
      asked: 0,
      answered: 0,
      correct: 0,
    };
    row.asked += 1;
    const result = results[id];
    if (result) {
      row.answered += 1;
      if (result.correct) row.correct += 1;
    }
    rows.set(chapter.id, row);
  }
  return [...rows.values()];
}
