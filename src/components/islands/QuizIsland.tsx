/**
 * A chapter's set of self-check questions. Renders only: grading, shuffling and
 * saving live in src/lib. Options appear in each learner's own stable order.
 */
import { useId } from 'preact/hooks';
import { answersFor, clearAnswers, restoreAnswers } from '../../lib/progress';
import { progressFile } from '../../lib/progress-file';
import { optionOrder, type QuestionView } from '../../lib/quiz-view';
import { scoreLabel, tally } from '../../lib/scoring';
import { QuestionCard } from './QuestionCard';
import { StorageNotice } from './StorageNotice';
import { UndoNotice } from './UndoNotice';
import { useCheckAndRecord } from './use-check-and-record';
import { useUndo } from './use-undo';

export interface QuizIslandProps {
  questions: QuestionView[];
  title: string;
}

export default function QuizIsland({ questions, title }: QuizIslandProps) {
  const headingId = useId();
  const { progress, store, record } = useCheckAndRecord();
  const undo = useUndo();
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
          onCheck={(picked, correct) => record(question.id, picked, correct)}
        />
      ))}
      {store && (
        <div class="quiz__score">
          <p role="status">
            {finished
              ? `Score: ${scoreLabel(score)}.`
              : `${score.answered} of ${score.total} answered, ${score.correct} correct.`}
          </p>
          <StorageNotice store={store} />
          <button
            type="button"
            class="course-button course-button--secondary"
            onClick={() => {
              const before = store.read();
              const cleared = answersFor(before, ids);
              const count = Object.keys(cleared).length;
              store.update((current) => clearAnswers(current, ids));
              undo.offerUndo({
                message: `Your ${count === 1 ? 'answer' : `answers to ${count} questions`} here ${count === 1 ? 'was' : 'were'} reset.`,
                restore: () => store.update((current) => restoreAnswers(current, cleared)),
                file: progressFile(before, Date.now()),
              });
            }}
            disabled={score.answered === 0}
          >
            Reset these questions
          </button>
          <UndoNotice undo={undo} />
        </div>
      )}
    </section>
  );
}
