import { useState } from 'preact/hooks';
import type { GradeName } from '../../lib/grades';
import { recordCard } from '../../lib/progress';
import { useProgress } from './use-progress';

type Grading = typeof import('./card-grading');

let loading: Promise<Grading> | undefined;

/** Starts loading the grading part once per page; a failed load (offline) may be tried again. */
function loadGrading(): Promise<Grading> {
  loading ??= import('./card-grading').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** What CardReviewer shows once a card is flipped: the grade buttons, or why they are missing. */
export interface GradingView {
  /** The grade buttons; null until card-grading.tsx has loaded. */
  Buttons: Grading['GradeButtons'] | null;
  /** True when the last attempt to load them failed (offline). */
  failed: boolean;
  /** Starts loading them, or loads them again after a failure. */
  load: () => void;
}

/**
 * Flipping a card and grading it, shared by the chapter deck and the review page. What grading
 * needs (the scheduler, the grade buttons, the session step) is in card-grading.tsx, loaded on
 * the first flip, or before it when the learner points at or focuses Flip card; saving the grade
 * stays here, with progress.ts, which the page has loaded already. The back shows at once; the
 * grade buttons follow when the code arrives. A grade given before then, by key, waits for it;
 * if it cannot load, the reviewer says so and offers to try again.
 */
export function useFlipAndGrade() {
  const { progress, store } = useProgress();
  const [grading, setGrading] = useState<Grading | null>(null);
  const [failed, setFailed] = useState(false);
  const [flipped, setFlipped] = useState(false);

  const load = async (): Promise<Grading | null> => {
    try {
      const module = grading ?? (await loadGrading());
      setGrading(() => module);
      setFailed(false);
      return module;
    } catch {
      setFailed(true);
      return null;
    }
  };

  return {
    progress,
    store,
    flipped,
    grading: {
      Buttons: grading?.GradeButtons ?? null,
      failed,
      load: () => void load(),
    } satisfies GradingView,
    flip() {
      if (!flipped) void load();
      setFlipped(!flipped);
    },
    faceDown: () => setFlipped(false),
    /** How long until the card would be due for each grade; null until grading has loaded. */
    intervals(cardId: string, now: number) {
      return grading && progress ? grading.previewIntervals(progress.cards[cardId], now) : null;
    },
    /**
     * Schedules and saves the grade; resolves once saved, or unsaved if grading cannot load.
     * `next` runs right before the card turns face down, in the same render, so the next card
     * never shows its answer; it is handed the grading module, for its session step.
     */
    async grade(cardId: string, choice: GradeName, next?: (grading: Grading) => void) {
      if (!store) return;
      const loaded = await load();
      if (!loaded) return;
      const now = Date.now();
      store.update((current) =>
        recordCard(current, cardId, loaded.gradeCard(current.cards[cardId], choice, now)),
      );
      next?.(loaded);
      setFlipped(false);
    },
  };
}
