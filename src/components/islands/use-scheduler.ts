import { useState } from 'preact/hooks';
import { recordCard } from '../../lib/progress';
import type { ProgressStore } from '../../lib/progress-store';
import type { GradeName } from '../../lib/scheduling';

type Scheduling = typeof import('../../lib/scheduling');

let loading: Promise<Scheduling> | undefined;

/**
 * The FSRS scheduler, loaded on first use so ts-fsrs stays out of the page's initial
 * script. `load()` starts the download; the module is `null` until it arrives.
 */
export function useScheduler(): {
  scheduling: Scheduling | null;
  load: () => Promise<Scheduling>;
  grade: (store: ProgressStore, cardId: string, choice: GradeName) => Promise<void>;
} {
  const [scheduling, setScheduling] = useState<Scheduling | null>(null);
  const load = async () => {
    loading ??= import('../../lib/scheduling');
    const module = await loading;
    setScheduling(() => module);
    return module;
  };
  /** Schedules the card's next review from the learner's grade, and saves it. */
  const grade = async (store: ProgressStore, cardId: string, choice: GradeName) => {
    const { gradeCard } = scheduling ?? (await load());
    const now = Date.now();
    store.update((current) =>
      recordCard(current, cardId, gradeCard(current.cards[cardId], choice, now)),
    );
  };
  return { scheduling, load, grade };
}
