// /flashcards.tsv: every card in the course, ready for Anki's File › Import. Injected as a route
// by the course plugin (src/course/integration.ts).
import type { APIRoute } from 'astro';
import { toAnkiTsv } from '../lib/flashcard-view';
import { courseCatalog } from './catalog';

export const GET: APIRoute = async () => {
  const cards = (await courseCatalog()).flatMap((chapter) => chapter.cards);
  return new Response(toAnkiTsv(cards), {
    headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' },
  });
};
