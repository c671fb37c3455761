import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { PlanChapter } from '../../lib/plan-chapters';
import { replaceRun } from '../../lib/practice';
import type { ProgressStore } from '../../lib/progress-store';

type Planner = typeof import('./practice-planner');
interface Loaded {
  planner: Planner;
  chapters: PlanChapter[];
}

let loading: Promise<Loaded> | undefined;
/** The planner and the course plan (practice-planner.ts); a failed load is tried afresh. */
function loadPlanner(): Promise<Loaded> {
  loading ??= import('./practice-planner')
    .then(async (planner) => ({ planner, chapters: await planner.loadCoursePlan() }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** idle: nothing asked; planning: a press is waiting for the plan; empty: nothing to practice. */
export type ForMeStatus = 'idle' | 'planning' | 'empty';

/**
 * "Practice for me" on /practice/: on the first press (or when a set is already the current
 * run, to say what it moved at the end), loads the planner and the course plan, then plans a set
 * and makes it the current run. Nothing of it loads with the page, so the practice test costs
 * what it did (tests/e2e/practice-for-me.spec.ts checks that).
 */
export function usePracticeForMe(store: ProgressStore | null, setIsCurrent: boolean) {
  const [status, setStatus] = useState<ForMeStatus>('idle');
  const [pressed, setPressed] = useState(false);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [tries, setTries] = useState(0);
  const wanted = pressed || setIsCurrent;
  /** Set when a set starts, so the island moves focus to its heading once it shows. */
  const started = useRef(false);

  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    loadPlanner().then(
      (value) => current && setLoaded(value),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded, tries]);

  useEffect(() => {
    if (status !== 'planning' || !store || !loaded) return;
    const run = loaded.planner.planRun(loaded.chapters, store.read(), Date.now());
    if (!run) {
      setStatus('empty');
      return;
    }
    started.current = true;
    store.update((current) => replaceRun(current, run));
    setStatus('idle');
  }, [status, store, loaded]);

  const retry = useCallback(() => {
    setFailed(false);
    setTries((count) => count + 1);
  }, []);
  const start = useCallback(() => {
    setPressed(true);
    setStatus('planning');
    retry();
  }, [retry]);
  const clear = useCallback(() => setStatus('idle'), []);

  return {
    status,
    failed: wanted && failed,
    start,
    retry,
    clear,
    planner: loaded?.planner ?? null,
    chapters: loaded?.chapters ?? null,
    started,
  };
}
