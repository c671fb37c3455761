// /practice/questions.json: every question of the course, in course order, as the practice test
// renders them (QuestionView, its HTML sanitized by renderInlineMarkdown at build time). The
// practice island fetches it once it runs, instead of carrying 144 questions as island props in
// the page: the page's HTML then holds each question once (the no-JavaScript answer keys) and
// parses without one long task for a 250 KB attribute.
import type { APIRoute } from 'astro';
import type { PracticeQuestions } from '../lib/practice';
import { courseCatalog } from './catalog';

export const PRACTICE_QUESTIONS_PATH = '/practice/questions.json';

export const GET: APIRoute = async () => {
  const body: PracticeQuestions = {
    questions: (await courseCatalog()).flatMap((chapter) => chapter.questions),
  };
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
