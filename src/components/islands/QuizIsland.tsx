/**
 * A chapter's set of self-check questions. Renders only: grading, attempts and saving live in
 * src/lib. The score counts only answers right the first time.
 */
import { isStarted, scoreLabel, tally } from '../../lib/attempts';
import { questionRecords, restoreQuestions, startAfresh } from '../../lib/progress';
import type { QuestionFrame } from '../../lib/page-text';
import type { ChapterCompleteProps } from './ChapterComplete';
import { QuestionCard } from './QuestionCard';
import { StorageNotice } from './StorageNotice';
import { UndoNotice } from './UndoNotice';
import { useCheckAndRecord } from './use-check-and-record';
import { useQuestionsWithText } from './use-page-text';
import { useLazy } from './use-lazy';
import { useUndo } from './use-undo';
import type { NumericKit } from './numeric-kit';

export interface QuizIslandProps {
  /** Without their text, which the island takes from the page (src/lib/page-text.ts). */
  questions: QuestionFrame[];
  title: string;
  /** The heading's id, listed in the table of contents (src/lib/toc.ts). */
  anchor?: string;
  /** Given by NumericQuizIsland when a question is numeric. */
  numeric?: NumericKit;
  /** Given to a chapter's last quiz: what the chapter-complete card needs. */
  completion?: Omit<ChapterCompleteProps, 'score' | 'progress'> & {
    /** Every question in the chapter, across all of its quizzes; unset when this quiz has them all. */
    questionIds?: string[];
  };
}

export default function QuizIsland({
  questions: frames,
  title,
  anchor = 'check-your-understanding',
  numeric,
  completion,
}: QuizIslandProps) {
  const questions = useQuestionsWithText(frames);
  const quiz = useCheckAndRecord();
  const { store } = quiz;
  const undo = useUndo();
  const ids = questions.map((question) => question.id);
  const score = tally(ids, quiz.attempt);
  const started = ids.filter((id) => isStarted(quiz.attempt(id))).length;
  const chapterScore = completion && tally(completion.questionIds ?? ids, quiz.attempt);
  const chapterDone = chapterScore !== undefined && chapterScore.answered === chapterScore.total;
  const complete = useLazy(chapterDone, () =>
    import('./ChapterComplete').then((loaded) => loaded.ChapterComplete),
  );
  const Complete = complete.value;

  async function resetQuestions() {
    if (!store || !(await undo.prepare())) return;
    const before = store.read();
    const records = questionRecords(before, ids);
    const count = started;
    store.update((current) => startAfresh(current, ids, Date.now()));
    undo.offerUndo({
      message: `These ${count === 1 ? 'question starts' : `${count} questions start`} afresh; your earlier answers stay in your history.`,
      restore: () => store.update((current) => restoreQuestions(current, records)),
      before,
    });
  }

  return (
    <section class="quiz not-content" aria-labelledby={anchor}>
      <h2 id={anchor} class="quiz__title">
        {title}
      </h2>
      {questions.map((question, index) => (
        <QuestionCard
          key={question.id}
          question={question}
          number={index + 1}
          total={questions.length}
          attempt={quiz.attempt(question.id)}
          interactive={store !== null}
          onTry={(next) => quiz.recordTry(question.id, next)}
          onReveal={() => quiz.recordReveal(question.id)}
          numeric={numeric}
        />
      ))}
      {store && (
        <div class="quiz__score">
          <p role="status">
            {score.answered === score.total
              ? `Score: ${scoreLabel(score)}.`
              : `${score.answered} of ${score.total} answered: ${score.firstTry} right first time${score.afterRetry ? `, ${score.afterRetry} more after a hint` : ''}.`}
            {chapterDone && ' Chapter complete: the next steps follow.'}
          </p>
          <StorageNotice store={store} />
          <button
            type="button"
            class="course-button course-button--secondary"
            onClick={() => void resetQuestions()}
            disabled={started === 0}
          >
            Reset these questions
          </button>
          <UndoNotice undo={undo} />
        </div>
      )}
      {completion && chapterDone && quiz.progress && Complete && (
        <Complete {...completion} score={chapterScore} progress={quiz.progress} />
      )}
      {/* Offline, the card cannot load; the way on is what matters. */}
      {completion?.next && chapterDone && complete.failed && (
        <p>
          <a href={completion.next.href}>Next chapter: {completion.next.title}</a>
        </p>
      )}
    </section>
  );
}
