import { useEffect, useState } from 'preact/hooks';

/**
 * A part of an island that only a late moment needs (the end of a session, a finished chapter),
 * loaded when `needed` first turns true rather than with the island. `value` is null until it
 * arrives; `failed` says it could not load (offline), so the caller can say the essential part.
 */
export function useLazy<T>(
  needed: boolean,
  load: () => Promise<T>,
): { value: T | null; failed: boolean } {
  const [state, setState] = useState<{ value: T | null; failed: boolean }>({
    value: null,
    failed: false,
  });
  useEffect(() => {
    if (!needed || state.value) return;
    let current = true;
    load().then(
      (value) => current && setState({ value, failed: false }),
      () => current && setState({ value: null, failed: true }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; whether it is needed is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needed, state.value]);
  return state;
}
