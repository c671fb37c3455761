import { useCallback, useEffect, useState } from 'preact/hooks';
import { pathWithBase } from '../../lib/base-path';
import { readCoursePlan, type PlanChapter } from '../../lib/plan-chapters';

export type CoursePlanState =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; chapters: PlanChapter[] };

/**
 * The course's objectives and what checks each (/course-plan.json, src/course/course-plan-route.ts),
 * fetched once `needed` first turns true (a learner asks for planned practice, or a page shows
 * mastery), not with the page. The browser's cache serves it again on other pages. A failed load
 * (offline) can be retried.
 */
export function useCoursePlan(needed: boolean): CoursePlanState & { retry: () => void } {
  const [result, setResult] = useState<CoursePlanState>({ state: 'idle' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (!needed) return;
    let current = true;
    setResult({ state: 'loading' });
    fetch(pathWithBase('/course-plan.json'))
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .then((data: unknown) => {
        if (!current) return;
        const chapters = readCoursePlan(data);
        setResult(chapters ? { state: 'ready', chapters } : { state: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [needed, tries]);
  const retry = useCallback(() => setTries((count) => count + 1), []);
  return { ...result, retry };
}
