// /practice/questions.json: every question of the course, in course order, as the practice test
// renders them (QuestionView, its HTML sanitized by renderInlineMarkdown at build time), and the
// room each one's card keeps until it renders, estimated here from its text so the browser does
// not measure 144 questions' text while it first draws the test. The practice island fetches it
// once it runs, instead of carrying 144 questions as island props in the page, whose HTML then
// holds no question at all (PracticeTest.astro).
import type { APIRoute } from 'astro';
import type { PracticeQuestions } from '../lib/practice';
import { cardText, reservedHeight } from '../lib/practice-render';
import { courseCatalog } from './catalog';

export const PRACTICE_QUESTIONS_PATH = '/practice/questions.json';

export const GET: APIRoute = async () => {
  const questions = (await courseCatalog()).flatMap((chapter) => chapter.questions);
  // Numbered as the last question of the full test: the longest "Question 144 of 144" a run has.
  const total = questions.length;
  const body: PracticeQuestions = {
    questions,
    reserved: questions.map((question) => reservedHeight(cardText(question, total, total))),
  };
  return new Response(JSON.stringify(body), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
