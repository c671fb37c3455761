// /course-index.json: each chapter's title, address and question and card ids, in reading order.
// The sidebar's progress marks and the landing page's Continue link read it on the client
// (src/scripts/chapter-progress.ts); it is fetched once, and only by learners with saved progress.
import type { APIRoute } from 'astro';
import type { CourseIndex } from '../lib/chapter-status';
import { courseCatalog } from './catalog';

export const GET: APIRoute = async () => {
  const index: CourseIndex = {
    chapters: (await courseCatalog()).map(({ id, title, href, questions, cards }) => ({
      id,
      title,
      href,
      questions: questions.map((question) => question.id),
      cards: cards.map((card) => card.id),
    })),
  };
  return new Response(JSON.stringify(index), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
