import { useState } from 'preact/hooks';
import type { GradeName } from '../../lib/scheduling';
import { useProgress } from './use-progress';
import { useScheduler } from './use-scheduler';

/**
 * Flipping a card and grading it, shared by the chapter deck and the review page: the first
 * flip starts loading the FSRS scheduler, the grade buttons show each grade's next interval
 * once it has loaded, and a grade is scheduled, saved and turns the card face down.
 */
export function useFlipAndGrade() {
  const { progress, store } = useProgress();
  const { scheduling, load, grade: scheduleAndSave } = useScheduler();
  const [flipped, setFlipped] = useState(false);
  return {
    progress,
    store,
    flipped,
    flip() {
      if (!flipped) void load();
      setFlipped(!flipped);
    },
    faceDown: () => setFlipped(false),
    /** How long until the card would be due for each grade; null until the scheduler loads. */
    intervals(cardId: string, now: number) {
      return scheduling && progress
        ? scheduling.previewIntervals(progress.cards[cardId], now)
        : null;
    },
    /**
     * Schedules and saves the grade; resolves once saved. `next` runs right before the card
     * turns face down, in the same render, so the next card never shows its answer.
     */
    async grade(cardId: string, choice: GradeName, next?: () => void) {
      if (!store) return;
      await scheduleAndSave(store, cardId, choice);
      next?.();
      setFlipped(false);
    },
  };
}
