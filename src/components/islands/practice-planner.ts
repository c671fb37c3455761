/**
 * What "Practice for me" needs only once a learner asks for it: the planner (with ts-fsrs,
 * through question-schedule.ts) and the course's objectives (/course-plan.json,
 * src/course/course-plan-route.ts). PracticeIsland loads this file on the first press
 * (use-practice-for-me.ts), and this file fetches the plan, so the practice page's own script
 * is what it was before: no planner, and no plan reader, until then.
 *
 * The planner and the flashcards' grading code (card-grading.tsx) both need the FSRS scheduler.
 * A module two lazily loaded files share is split into a chunk of its own, which would make a
 * chapter's first flip take two requests; so this file takes the scheduler through
 * card-grading.tsx, which keeps it: a chapter still loads grading in one request, and the
 * planner loads card-grading's chunk as a second one.
 */
import { pathWithBase } from '../../lib/base-path';
import { readCoursePlan, type PlanChapter } from '../../lib/plan-chapters';

export { planRun, plannedRunOutcome } from '../../lib/planned-run';
// Only for the chunk it puts the scheduler in (see above); nothing here calls it.
export { gradeCard } from './card-grading';

/**
 * The course's chapters as the planner sees them. Rejects when the file cannot be fetched or is
 * not the plan (offline, a captive portal's page), so the island can offer to try again. The
 * pages that need the plan as soon as they load (/progress/, /review/) fetch it with useFetched
 * (use-fetched.ts) instead; here it is fetched only on a press, with the planner.
 */
export async function loadCoursePlan(): Promise<PlanChapter[]> {
  const response = await fetch(pathWithBase('/course-plan.json'));
  const chapters = readCoursePlan(response.ok ? await response.json() : null);
  if (!chapters) throw new Error('/course-plan.json is not the course plan; try again.');
  return chapters;
}
