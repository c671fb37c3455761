import { recordAnswer } from '../../lib/progress';
import { useProgress } from './use-progress';

/**
 * The learner's saved progress, plus the one way a checked answer is saved: shared by the
 * chapter quiz and the practice test, so both record answers alike.
 */
export function useCheckAndRecord() {
  const { progress, store } = useProgress();
  /** Saves an answer and returns when it was given. */
  function record(questionId: string, picked: number[], correct: boolean): number {
    const at = Date.now();
    store?.update((current) => recordAnswer(current, questionId, picked, correct, at));
    return at;
  }
  return { progress, store, record };
}
