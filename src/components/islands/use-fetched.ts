import { useCallback, useEffect, useState } from 'preact/hooks';

export type Fetched<T> =
  { state: 'idle' } | { state: 'loading' } | { state: 'failed' } | { state: 'ready'; data: T };

/**
 * A file the build wrote for the islands (/practice/questions.json, /course-plan.json), fetched
 * when `url` is first given (null: not needed yet) and checked by `read`, which returns null for
 * anything that is not what it should be. The browser's cache serves it again after Back, a
 * reload or on another page. A failed load (offline, a broken file) can be retried.
 */
export function useFetched<T>(
  url: string | null,
  read: (data: unknown) => T | null,
): Fetched<T> & { retry: () => void } {
  const [result, setResult] = useState<Fetched<T>>(url ? { state: 'loading' } : { state: 'idle' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    if (!url) return;
    let current = true;
    setResult((before) => (before.state === 'loading' ? before : { state: 'loading' }));
    fetch(url)
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .then((data: unknown) => {
        if (!current) return;
        const value = read(data);
        setResult(value === null ? { state: 'failed' } : { state: 'ready', data: value });
      });
    return () => {
      current = false;
    };
    // `read` is a module-level function for every caller; what is fetched is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, tries]);
  const retry = useCallback(() => setTries((count) => count + 1), []);
  return { ...result, retry };
}
