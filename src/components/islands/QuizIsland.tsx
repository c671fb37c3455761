/**
 * A chapter's set of self-check questions. Renders only: grading, shuffling and
 * saving live in src/lib. Options appear in each learner's own stable order.
 */
import { useId } from 'preact/hooks';
import { clearAnswers, recordAnswer } from '../../lib/progress-store';
import { optionOrder, type QuestionView } from '../../lib/quiz-view';
import { scoreLabel, tally } from '../../lib/scoring';
import { QuestionCard } from './QuestionCard';
import { useProgress } from './use-progress';

export interface QuizIslandProps {
  questions: QuestionView[];
  title: string;
}

export default function QuizIsland({ questions, title }: QuizIslandProps) {
  const headingId = useId();
  const { progress, store } = useProgress();
  const answers = progress?.answers ?? {};
  const ids = questions.map((question) => question.id);
  const score = tally(ids, answers);
  const finished = score.answered === score.total;

  return (
    <section class="quiz not-content" aria-labelledby={headingId}>
      <h2 id={headingId} class="quiz__title">
        {title}
      </h2>
      {questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          question={question}
          number={index + 1}
          total={questions.length}
          order={optionOrder(question, progress?.seed)}
          saved={answers[question.id]}
          interactive={store !== null}
          onCheck={(picked, correct) =>
            store?.update((current) =>
              recordAnswer(current, question.id, picked, correct, Date.now()),
            )
          }
        />
      ))}
      {store && (
        <div class="quiz__score">
          <p role="status">
            {finished
              ? `Score: ${scoreLabel(score)}.`
              : `${score.answered} of ${score.total} answered, ${score.correct} correct.`}
            {!store.persistent() &&
              ' Your answers cannot be saved in this browser, so they will be gone when you leave the page.'}
          </p>
          <button
            type="button"
            class="quiz-button quiz-button--secondary"
            onClick={() => store.update((current) => clearAnswers(current, ids))}
            disabled={score.answered === 0}
          >
            Reset these questions
          </button>
        </div>
      )}
    </section>
  );
}
