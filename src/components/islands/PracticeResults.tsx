/** The practice test's running score, and its per-chapter breakdown once every question is answered. */
import { breakdownByChapter } from '../../lib/practice';
import type { AnswerRecord } from '../../lib/progress';
import type { QuestionView } from '../../lib/quiz-view';
import { scoreLabel, tally } from '../../lib/scoring';

export interface PracticeResultsProps {
  asked: QuestionView[];
  attempt: Record<string, AnswerRecord>;
}

export function PracticeResults({ asked, attempt }: PracticeResultsProps) {
  const score = tally(
    asked.map((question) => question.id),
    attempt,
  );
  const finished = score.answered === score.total;
  const missed = asked.filter((question) => attempt[question.id]?.correct === false);
  return (
    <section class="practice__results" aria-labelledby="practice-results-title">
      <h2 id="practice-results-title">Your score</h2>
      <p role="status" class="practice__score">
        {finished
          ? `${scoreLabel(score)}.`
          : `${score.answered} of ${score.total} answered so far, ${score.correct} correct. Answer every question to see your breakdown.`}
      </p>
      {finished && (
        <>
          <table>
            <caption>Score by chapter</caption>
            <thead>
              <tr>
                <th scope="col">Chapter</th>
                <th scope="col">Correct</th>
              </tr>
            </thead>
            <tbody>
              {breakdownByChapter(asked, attempt).map((row) => (
                <tr key={row.chapterId}>
                  <th scope="row">
                    <a href={row.href}>{row.title}</a>
                  </th>
                  <td>
                    {row.correct} of {row.asked}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
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
        </>
      )}
    </section>
  );
}
