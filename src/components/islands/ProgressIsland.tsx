/**
 * The progress page: the next step to take, each chapter's state with bars for its questions and
 * cards, the questions to revisit in disclosures, mastery per objective (MasteryList.tsx), the
 * practice history, and a reset that asks for confirmation inline (a native confirm() cannot be
 * styled or tested). A learner with nothing saved sees where to start instead of empty tables.
 */
import { useRef, useState } from 'preact/hooks';
import { summarizeChapters, type ProgressChapter } from '../../lib/progress-summary';
import { PASS_SHARE, chapterState, type IndexedChapter } from '../../lib/chapter-status';
import { nextAction } from '../../lib/next-action';
import { ChapterProgressList } from './ChapterProgressList';
import { MasteryList } from './MasteryList';
import { masteryByChapter } from '../../lib/mastery-view';
import { NextStep } from './NextStep';
import { emptyProgress } from '../../lib/progress';
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
  /** URL of the practice test. */
  practiceHref: string;
}

/** The summary's chapter in the shape chapter-status.ts reads. */
function indexed(chapter: ProgressChapter): IndexedChapter {
  return {
    id: chapter.id,
    title: chapter.title,
    href: chapter.href,
    questions: chapter.questions.map((question) => question.id),
    cards: chapter.cardIds,
  };
}

export default function ProgressIsland({
  chapters,
  reviewHref,
  practiceHref,
}: ProgressIslandProps) {
  const { progress, store } = useProgress();
  const [confirming, setConfirming] = useState(false);
  const undo = useUndo();
  const resetButton = useRef<HTMLButtonElement>(null);

  const course = chapters.map(indexed);
  if (!progress || !store) {
    // What a learner with nothing saved sees, drawn by the server, so a new learner sees it with
    // the page's first paint. A returning learner's browser hides it before that paint
    // (ProgressReport.astro), until the report with their progress replaces it.
    const empty = emptyProgress('');
    return (
      <div class="progress progress--preview not-content">
        <p class="progress__nojs">
          Your answers are saved in this browser. Turn on JavaScript to see your results here.
        </p>
        <NextStep
          action={nextAction(empty, course, { due: 0, missed: 0 })}
          reviewHref={reviewHref}
          practiceHref={practiceHref}
        />
        <MasteryList chapters={masteryByChapter(chapters, empty)} practiceHref={practiceHref} />
      </div>
    );
  }

  const rows = summarizeChapters(chapters, progress).map((row, index) => ({
    ...row,
    state: chapterState(progress, course[index]!),
  }));
  const total = rows.reduce((sum, row) => sum + row.questions.length, 0);
  const answered = rows.reduce((sum, row) => sum + row.answered, 0);
  const firstTry = rows.reduce((sum, row) => sum + row.firstTry, 0);
  const afterRetry = rows.reduce((sum, row) => sum + row.afterRetry, 0);
  const done = rows.filter((row) => row.state === 'done').length;
  const action = nextAction(progress, course, {
    due: rows.reduce((sum, row) => sum + row.cards.due, 0),
    missed: rows.reduce((sum, row) => sum + row.missed.length, 0),
  });

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
      <NextStep action={action} reviewHref={reviewHref} practiceHref={practiceHref} />
      <StorageNotice store={store} />
      {action.kind !== 'start' && (
        <>
          <h2>By chapter</h2>
          <p class="progress__overall">
            {done} of {rows.length} chapters done. You have answered {answered} of {total}{' '}
            questions: {firstTry} right the first time
            {afterRetry > 0 && `, ${afterRetry} more after a hint`}. A chapter is done when every
            question is answered and {Math.round(PASS_SHARE * 100)}% were right the first time.
          </p>
          <ChapterProgressList rows={rows} />
        </>
      )}
      <MasteryList chapters={masteryByChapter(chapters, progress)} practiceHref={practiceHref} />
      <PracticeHistory progress={progress} />
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
