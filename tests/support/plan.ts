// A small course and learner histories for the adaptive practice tests (practice-plan,
// mastery, weak cards): three chapters of two objectives, three questions and one card each.
import { addTry, reveal, type Outcome } from '../../src/lib/attempts';
import type { PlanChapter } from '../../src/lib/plan-chapters';
import { saveAttempt, type Progress } from '../../src/lib/progress';
import type { ProgressChapter } from '../../src/lib/progress-summary';

export const DAY = 86_400_000;
/** Noon UTC, so that whole days apart are different local days in any time zone. */
export const START = Date.UTC(2026, 10, 26, 12);

function chapter(number: number, id: string, objectives: string[]): PlanChapter {
  return {
    id,
    title: `Chapter ${id}`,
    number,
    objectives: objectives.map((objective) => ({ id: objective, text: `Do ${objective}` })),
    questions: objectives.flatMap((objective) =>
      [1, 2, 3].map((index) => ({ id: `${objective}-${index}`, objective })),
    ),
    cards: objectives.map((objective) => ({ id: `${objective}-card`, objective })),
  };
}

export const COURSE: PlanChapter[] = [
  chapter(1, 'part/one', ['alpha', 'beta']),
  chapter(2, 'part/two', ['gamma', 'delta']),
  chapter(3, 'part/three', ['epsilon', 'zeta']),
];

/** The questions of one objective, e.g. `questionsOf('beta')`. */
/** The small course as the progress page receives it (src/components/ProgressReport.astro). */
export const PROGRESS_CHAPTERS: ProgressChapter[] = COURSE.map((chapter) => ({
  id: chapter.id,
  title: chapter.title,
  href: `/${chapter.id}/`,
  objectives: chapter.objectives,
  questions: chapter.questions.map(({ id, objective }) => ({
    id,
    objective,
    prompt: id,
    href: `/${chapter.id}/#question-${id}`,
  })),
  cardIds: [],
}));

export const questionsOf = (objective: string) => [1, 2, 3].map((index) => `${objective}-${index}`);

/** Records a new, finished attempt at `id` that ends as `outcome` at `at`. */
export function answer(progress: Progress, id: string, outcome: Outcome, at: number): Progress {
  const check = (correct: boolean, time: number) => ({ at: time, picked: [0], correct });
  const attempt =
    outcome === 'revealed'
      ? reveal(undefined, at)
      : outcome === 'first-try'
        ? addTry(undefined, check(true, at))
        : addTry(addTry(undefined, check(false, at - 1000)), check(outcome === 'after-retry', at));
  return saveAttempt(progress, id, attempt);
}

/** Answers each id with the same outcome at `at`. */
export function answerAll(
  progress: Progress,
  ids: readonly string[],
  outcome: Outcome,
  at: number,
): Progress {
  return ids.reduce((next, id) => answer(next, id, outcome, at), progress);
}
