import { addTry, reveal, type Attempt, type Try } from '../../lib/attempts';
import { latestAttempt, saveAttempt, type Progress } from '../../lib/progress';
import { useProgress } from './use-progress';

/** Which attempt a Check belongs to: the latest (chapter quiz) or the practice run's. */
export type AttemptOf = (progress: Progress, questionId: string) => Attempt | undefined;

/**
 * The learner's saved progress, plus the one way a Check or "Show answer" is saved: shared by
 * the chapter quiz and the practice test, so both record attempts alike.
 */
export function useCheckAndRecord(attemptOf: AttemptOf = latestAttempt) {
  const { progress, store } = useProgress();
  return {
    progress,
    store,
    attempt: (questionId: string) => (progress ? attemptOf(progress, questionId) : undefined),
    recordTry(questionId: string, next: Try) {
      store?.update((current) =>
        saveAttempt(current, questionId, addTry(attemptOf(current, questionId), next)),
      );
    },
    recordReveal(questionId: string) {
      const at = Date.now();
      store?.update((current) =>
        saveAttempt(current, questionId, reveal(attemptOf(current, questionId), at)),
      );
    },
  };
}
