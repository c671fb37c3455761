/**
 * The progress page: saved quiz results and card counts per chapter, links to what is left, and a
 * reset that asks for confirmation inline (a native confirm() cannot be styled or tested).
 */
import { useRef, useState } from 'preact/hooks';
import { summarizeChapters, type ProgressChapter } from '../../lib/progress-summary';
import { emptyProgress } from '../../lib/progress';
import { describeCounts } from '../../lib/card-state';
import { StorageNotice } from './StorageNotice';
import { UndoNotice } from './UndoNotice';
import { PracticeHistory } from './PracticeHistory';
import { ProgressFileControls } from './ProgressFileControls';
import { useProgress } from './use-progress';
import { useUndo } from './use-undo';

export interface ProgressIslandProps {
  chapters: ProgressChapter[];
  /** URL of the flashcard review page. */
  reviewHref: string;
}

export default function ProgressIsland({ chapters, reviewHref }: ProgressIslandProps) {
  const { progress, store } = useProgress();
  const [confirming, setConfirming] = useState(false);
  const undo = useUndo();
  const resetButton = useRef<HTMLButtonElement>(null);

  if (!progress || !store) {
    return (
      <p class="progress__nojs">
        Your answers are saved in this browser. Turn on JavaScript to see your results here.
      </p>
    );
  }

  const rows = summarizeChapters(chapters, progress);
  const total = rows.reduce((sum, row) => sum + row.questions.length, 0);
  const answered = rows.reduce((sum, row) => sum + row.answered, 0);
  const firstTry = rows.reduce((sum, row) => sum + row.firstTry, 0);
  const afterRetry = rows.reduce((sum, row) => sum + row.afterRetry, 0);
  const due = rows.reduce((sum, row) => sum + row.cards.due, 0);

  const cardCount = Object.keys(progress.cards).length;
  const answerCount = Object.keys(progress.questions).length;
  const practiceCount = progress.practice.history.length + (progress.practice.current ? 1 : 0);
  const deletes = `your answers to ${answerCount} ${answerCount === 1 ? 'question' : 'questions'} (with every attempt), ${practiceCount} practice ${practiceCount === 1 ? 'test' : 'tests'}, the review schedule of ${cardCount} ${cardCount === 1 ? 'flashcard' : 'flashcards'}, and your settings (${progress.settings.newCardsPerDay} new cards a day)`;

  async function reset() {
    if (!store || !(await undo.prepare())) return;
    const before = store.read();
    store.update((current) => emptyProgress(current.seed));
    setConfirming(false);
    undo.offerUndo({
      message: `All progress was reset: ${deletes}.`,
      restore: () => store.update(() => before),
      before,
    });
    resetButton.current?.focus();
  }

  return (
    <div class="progress not-content">
      <p class="progress__overall">
        You have answered {answered} of {total} questions: {firstTry} right first time
        {afterRetry > 0 && `, ${afterRetry} more after a hint`}.
      </p>
      <StorageNotice store={store} />
      <p>
        {due > 0 ? (
          <a href={reviewHref}>
            Review the {due} {due === 1 ? 'flashcard' : 'flashcards'} due now
          </a>
        ) : (
          <>
            No flashcards are due. New cards wait on the <a href={reviewHref}>review page</a>.
          </>
        )}
      </p>
      <table>
        <caption>Quiz results and flashcards by chapter</caption>
        <thead>
          <tr>
            <th scope="col">Chapter</th>
            <th scope="col">Quiz</th>
            <th scope="col">Flashcards</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={row.href}>{row.title}</a>
              </th>
              <td>
                {row.answered} of {row.questions.length} answered, {row.firstTry} right first time
              </td>
              <td>{describeCounts(row.cards)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PracticeHistory progress={progress} />
      {rows.some((row) => row.missed.length + row.unanswered.length > 0) && (
        <h2>Questions to revisit</h2>
      )}
      {rows.map((row) =>
        row.missed.length + row.unanswered.length === 0 ? null : (
          <section
            key={row.id}
            class="progress__chapter"
            aria-label={`${row.title}: questions to do`}
          >
            <h3>{row.title}</h3>
            {row.missed.length > 0 && (
              <QuestionLinks label="Not right the first time" items={row.missed} />
            )}
            {row.unanswered.length > 0 && (
              <QuestionLinks label="Not answered yet" items={row.unanswered} />
            )}
          </section>
        ),
      )}
      <ProgressFileControls store={store} progress={progress} undo={undo} />
      <div class="progress__reset">
        {confirming ? (
          <div role="group" aria-label="Confirm reset">
            <p>
              This deletes, from this browser, {deletes}. Afterwards you can undo it for a few
              seconds, and download a copy of what was deleted.
            </p>
            <button type="button" class="course-button" onClick={() => void reset()}>
              Yes, reset all progress
            </button>{' '}
            <button
              type="button"
              class="course-button course-button--secondary"
              onClick={() => setConfirming(false)}
            >
              Cancel
            </button>
          </div>
        ) : (
          <button
            ref={resetButton}
            type="button"
            class="course-button course-button--secondary"
            onClick={() => setConfirming(true)}
          >
            Reset all progress
          </button>
        )}
        <UndoNotice undo={undo} />
      </div>
    </div>
  );
}

function QuestionLinks({ label, items }: { label: string; items: ProgressChapter['questions'] }) {
  return (
    <>
      <h4>{label}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={item.href}>{item.prompt}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
