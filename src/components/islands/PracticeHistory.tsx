/** The last few practice scores, newest first, with their dates; "Practice for me" sets say so. */
import { scoreLabel } from '../../lib/attempts';
import { runScore } from '../../lib/practice';
import type { Progress } from '../../lib/progress';

const SHOWN = 5;

export function PracticeHistory({ progress }: { progress: Progress }) {
  const { current, history } = progress.practice;
  const scores = [...history];
  const running = current && runScore(progress, current, Date.now());
  if (running && running.answered > 0) scores.push(running);
  if (scores.length === 0) return null;
  const date = (time: number) =>
    new Date(time).toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
  return (
    <section aria-labelledby="practice-history-title">
      <h2 id="practice-history-title">Practice scores</h2>
      <ul>
        {scores
          .slice(-SHOWN)
          .reverse()
          .map((score) => (
            <li key={score.startedAt}>
              {date(score.startedAt)}
              {score.planned ? ', Practice for me set' : ''}:{' '}
              {scoreLabel({
                total: score.asked,
                firstTry: score.firstTry,
                afterRetry: score.afterRetry,
                answered: score.answered,
                missed: 0,
              })}
              {score === running ? ' (in progress)' : ''}
              {score.answered < score.asked && `, ${score.asked - score.answered} unanswered`}
            </li>
          ))}
      </ul>
    </section>
  );
}
