// /course-plan.json: each chapter's objectives and the objective each question and card checks,
// in reading order (src/lib/plan-chapters.ts). Planned practice, mastery on /progress/ and the
// weakest-objective cards on /review/ fetch it when they are first needed; it is small (ids
// and objective texts only) and the same for every learner.
import type { APIRoute } from 'astro';
import type { CoursePlan } from '../lib/plan-chapters';
import { coursePlan } from './catalog';

export const GET: APIRoute = async () => {
  const plan: CoursePlan = { chapters: await coursePlan() };
  return new Response(JSON.stringify(plan), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
