// /flashcards.tsv: every card in the course, ready for Anki's File › Import.
import type { APIRoute } from 'astro';
import { courseChapters } from '../components/course-data';
import { toAnkiTsv } from '../lib/flashcard-view';

export const GET: APIRoute = async () => {
  const cards = (await courseChapters()).flatMap((chapter) => chapter.cards);
  return new Response(toAnkiTsv(cards), {
    headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' },
  });
};
