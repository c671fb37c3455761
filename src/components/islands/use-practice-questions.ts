import { useCallback, useEffect, useState } from 'preact/hooks';
import { readPracticeQuestions } from '../../lib/practice';
import type { QuestionView } from '../../lib/quiz-view';

export type QuestionsState =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; questions: QuestionView[] };

/**
 * The practice test's questions, fetched from the build's /practice/questions.json
 * (src/course/practice-questions-route.ts) when the island first runs; the browser's cache
 * serves it again after Back or a reload. A failed load can be retried.
 */
export function usePracticeQuestions(src: string): QuestionsState & { retry: () => void } {
  const [result, setResult] = useState<QuestionsState>({ state: 'loading' });
  const [tries, setTries] = useState(0);
  useEffect(() => {
    let current = true;
    fetch(src)
      .then((response) => (response.ok ? response.json() : null))
      .catch(() => null)
      .then((data: unknown) => {
        if (!current) return;
        const questions = readPracticeQuestions(data);
        setResult(questions ? { state: 'ready', questions } : { state: 'failed' });
      });
    return () => {
      current = false;
    };
  }, [src, tries]);
  const retry = useCallback(() => {
    setResult({ state: 'loading' });
    setTries((count) => count + 1);
  }, []);
  return { ...result, retry };
}
