import { useEffect, useState } from 'preact/hooks';
import type { Progress } from '../../lib/progress';
import { progressStore, type ProgressStore } from '../../lib/progress-store';

/**
 * The learner's saved progress, live across tabs. Returns `null` until the island has
 * hydrated, so the first client render matches the server's no-JavaScript HTML.
 */
export function useProgress(): { progress: Progress | null; store: ProgressStore | null } {
  const [state, setState] = useState<{ progress: Progress | null; store: ProgressStore | null }>({
    progress: null,
    store: null,
  });
  useEffect(() => {
    const store = progressStore();
    setState({ progress: store.read(), store });
    return store.subscribe((progress) => setState({ progress, store }));
  }, []);
  return state;
}
