/**
 * The course-wide practice test. A run keeps its questions, their order and the answers given
 * (src/lib/practice.ts), so Back, a Review link or a reload comes back to it as it was. The
 * island renders in the browser only (client:only): the run lives in this browser's storage,
 * and building the list there means nothing is reordered after it appears. Without JavaScript
 * the page shows the questions with their answer keys instead (PracticeTest.astro).
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { PracticeFilter, Progress } from '../../lib/progress';
import { FILTER_LABELS, filterIds, runAttempt, runTally, startRun } from '../../lib/practice';
import type { QuestionView } from '../../lib/quiz-view';
import { PracticeResults } from './PracticeResults';
import { numericKit } from './numeric-kit';
import { QuestionCard } from './QuestionCard';
import { useCheckAndRecord } from './use-check-and-record';
import { useProgressiveCount } from './use-progressive';

export interface PracticeIslandProps {
  /** Every question of the course, in course order. */
  questions: QuestionView[];
}

const FILTERS = Object.keys(FILTER_LABELS) as PracticeFilter[];
/** Question cards rendered per task while the list fills in (use-progressive.ts). */
const QUESTIONS_PER_TASK = 12;
const attemptInRun = (progress: Progress, id: string) =>
  progress.practice.current ? runAttempt(progress, progress.practice.current, id) : undefined;

export default function PracticeIsland({ questions }: PracticeIslandProps) {
  const byId = useMemo(
    () => new Map(questions.map((question) => [question.id, question])),
    [questions],
  );
  const allIds = useMemo(() => questions.map((question) => question.id), [questions]);
  const practice = useCheckAndRecord(attemptInRun);
  const { progress, store } = practice;
  const run = progress?.practice.current ?? null;
  const [filter, setFilter] = useState<PracticeFilter>(run?.filter ?? 'all');

  // The first visit starts a run over every question, before the browser paints, so the
  // questions appear once, in the run's order.
  useLayoutEffect(() => {
    if (store && !store.read().practice.current) {
      store.update((current) => startRun(current, allIds, 'all', Date.now()));
    }
  }, [store, allIds]);
  useEffect(() => {
    if (run) setFilter(run.filter);
  }, [run]);
  const shown = useProgressiveCount(run?.ids.length ?? 0, QUESTIONS_PER_TASK, run?.startedAt);

  if (!progress || !store || !run) {
    return <p class="practice__loading">Loading the practice test…</p>;
  }

  const asked = run.ids.flatMap((id) => byId.get(id) ?? []);
  const counts = runTally(progress, run);
  return (
    <div class="practice not-content">
      <div class="practice__controls">
        <fieldset class="practice__filter">
          <legend>Questions for a new attempt</legend>
          {FILTERS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="practice-filter"
                value={value}
                checked={filter === value}
                onChange={() => setFilter(value)}
              />{' '}
              {FILTER_LABELS[value]} ({filterIds(allIds, progress, value).length})
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          class="course-button course-button--secondary"
          onClick={() => store.update((current) => startRun(current, allIds, filter, Date.now()))}
        >
          New attempt
        </button>
      </div>
      <p class="practice__running">
        {counts.answered} of {counts.total} answered, {counts.firstTry} right first time
        {counts.afterRetry > 0 && `, ${counts.afterRetry} more after a hint`}.{' '}
        <a href="#practice-results-title">See your score</a>
      </p>
      {asked.length === 0 ? (
        <p class="practice__empty">
          No questions match “{FILTER_LABELS[run.filter]}”. Choose “{FILTER_LABELS.all}” and start a
          new attempt to practice every question.
        </p>
      ) : (
        <div class="quiz">
          {asked.slice(0, shown).map((question, index) => (
            <QuestionCard
              key={`${run.startedAt}-${question.id}`}
              question={question}
              number={index + 1}
              total={asked.length}
              attempt={practice.attempt(question.id)}
              interactive
              showChapter
              onTry={(next) => practice.recordTry(question.id, next)}
              onReveal={() => practice.recordReveal(question.id)}
              numeric={numericKit}
            />
          ))}
        </div>
      )}
      <PracticeResults questions={questions} run={run} progress={progress} />
    </div>
  );
}
