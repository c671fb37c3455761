/** The practice run's score and per-chapter breakdown, available at any point of the run. */
import { scoreLabel } from '../../lib/attempts';
import { breakdownByChapter, runAttempt, runTally } from '../../lib/practice';
import type { PracticeRun, Progress } from '../../lib/progress';
import type { QuestionView } from '../../lib/quiz-view';

export interface PracticeResultsProps {
  /** Every question, in course order. */
  questions: QuestionView[];
  run: PracticeRun;
  progress: Progress;
}

export function PracticeResults({ questions, run, progress }: PracticeResultsProps) {
  const attemptOf = (id: string) => runAttempt(progress, run, id);
  const counts = runTally(progress, run);
  const asked = new Set(run.ids);
  const rows = breakdownByChapter(questions, asked, attemptOf);
  const missed = questions.filter((question) => {
    const outcome = attemptOf(question.id)?.outcome;
    return asked.has(question.id) && outcome != null && outcome !== 'first-try';
  });
  return (
    <section class="practice__results" aria-labelledby="practice-results-title">
      <h2 id="practice-results-title">Your score</h2>
      <p class="practice__score">
        {counts.answered === counts.total
          ? `${scoreLabel(counts)}.`
          : `So far: ${scoreLabel(counts)}, with ${counts.total - counts.answered} still to answer.`}
      </p>
      {rows.length > 0 && (
        <table>
          <caption>Score by chapter</caption>
          <thead>
            <tr>
              <th scope="col">Chapter</th>
              <th scope="col">Answered</th>
              <th scope="col">Right first time</th>
              <th scope="col">After a hint</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.chapterId}>
                <th scope="row">
                  <a href={row.href}>{row.title}</a>
                </th>
                <td>
                  {row.answered} of {row.asked}
                </td>
                <td>{row.firstTry}</td>
                <td>{row.afterRetry}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {missed.length > 0 && (
        <>
          <h3>Review what you missed</h3>
          <ul>
            {missed.map((question) => (
              <li key={question.id}>
                <a href={question.review.href}>
                  Review: {question.review.title}
                  {question.chapter && ` (${question.chapter.title})`}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
