// The course's questions and cards as the content rules read them: straight from the chapters'
// frontmatter (tests/support/course.ts), with the file and part each belongs to.
import type { ChapterFile } from '../support/course';
import { partOf } from '../../src/lib/chapters';

export interface CourseQuestion {
  file: string;
  chapter: string;
  part: string;
  id: string;
  prompt: string;
  bloom?: string;
  objective?: string;
  draft?: boolean;
  options?: { text: string; correct?: boolean; why?: string }[];
  answer?: { value: number };
}

export interface CourseCard {
  file: string;
  chapter: string;
  part: string;
  id: string;
  front: string;
  back: string;
  objective?: string;
  draft?: boolean;
}

const where = (chapter: ChapterFile) => ({
  file: chapter.file,
  chapter: chapter.id,
  part: partOf(chapter.id) ?? '',
});

export function questionsOf(chapters: readonly ChapterFile[]): CourseQuestion[] {
  return chapters.flatMap((chapter) =>
    ((chapter.data.quiz ?? []) as CourseQuestion[]).map((question) => ({
      ...question,
      ...where(chapter),
    })),
  );
}

export function cardsOf(chapters: readonly ChapterFile[]): CourseCard[] {
  return chapters.flatMap((chapter) =>
    ((chapter.data.flashcards ?? []) as CourseCard[]).map((card) => ({
      ...card,
      ...where(chapter),
    })),
  );
}

/** Names an item the way build errors do: file › block › "id". */
export const label = (item: { file: string; id: string }, block: 'quiz' | 'flashcards') =>
  `${item.file} › ${block} › "${item.id}"`;

const STOP = new Set(
  'a an and are as at be by can for from has have how in into is it its more most not of on or than that the their them then these this to was what when which why with without you your does do will'.split(
    ' ',
  ),
);

/**
 * The words that carry meaning, cut to their first five letters so that "computing" and
 * "computational", or "split" and "splitting", count as one: good enough to compare wordings,
 * never shown to anyone.
 */
export function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[`*_[\]()]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !STOP.has(word))
    .map((word) => word.slice(0, 5));
}

/** Words in prose, for counting: whitespace-separated tokens with a letter or digit. */
export const wordCount = (text: string) =>
  text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
