import { useState } from 'preact/hooks';

type Scheduling = typeof import('../../lib/scheduling');

let loading: Promise<Scheduling> | undefined;

/**
 * The FSRS scheduler, loaded on first use so ts-fsrs stays out of the page's initial
 * script. `load()` starts the download; the module is `null` until it arrives.
 */
export function useScheduler(): { scheduling: Scheduling | null; load: () => Promise<Scheduling> } {
  const [scheduling, setScheduling] = useState<Scheduling | null>(null);
  const load = async () => {
    loading ??= import('../../lib/scheduling');
    const module = await loading;
    setScheduling(() => module);
    return module;
  };
  return { scheduling, load };
}
