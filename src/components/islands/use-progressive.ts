import { useEffect, useState } from 'preact/hooks';

/**
 * How many items of a long list to render: the first `step` at once, then `step` more after
 * each paint, in separate short tasks, until all are shown. Rendering 150 question cards in one
 * task blocks a phone's main thread for most of a second; in chunks the page stays responsive
 * and the first questions appear sooner. Items are only ever added at the end, so nothing the
 * learner sees moves. `key` restarts the count (a new practice attempt).
 */
export function useProgressiveCount(total: number, step: number, key: unknown): number {
  const [shown, setShown] = useState(Math.min(total, step));
  useEffect(() => setShown(Math.min(total, step)), [key, total, step]);
  useEffect(() => {
    if (shown >= total) return;
    const timer = setTimeout(() => setShown((count) => Math.min(total, count + step)), 0);
    return () => clearTimeout(timer);
  }, [shown, total, step]);
  return shown;
}
