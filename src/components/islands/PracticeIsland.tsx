/**
 * The course-wide practice test. A run keeps its questions, their order and the answers given
 * (src/lib/practice.ts), so Back, a Review link or a reload comes back to it as it was. The
 * island renders in the browser only (client:only): the run lives in this browser's storage,
 * and building the list there means nothing is reordered after it appears. It fetches the
 * questions from /practice/questions.json (use-fetched.ts) rather than carrying them
 * as props, so the page holds each question once. Without JavaScript the page shows the
 * questions with their answer keys instead (PracticeTest.astro).
 *
 * A question renders as a card once it comes near the viewport (PracticeList.tsx); until then
 * a gap of about its height holds its place. The running count, the filters and the results
 * read saved progress, so they count every question of the run, rendered or not.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { PracticeFilter, Progress } from '../../lib/progress';
import {
  FILTER_LABELS,
  filterIds,
  readPracticeQuestions,
  runAttempt,
  runTally,
  startRun,
} from '../../lib/practice';
import type { QuestionView } from '../../lib/quiz-view';
import { PracticeResults } from './PracticeResults';
import { PracticeList } from './PracticeList';
import { useCheckAndRecord } from './use-check-and-record';
import { useFetched } from './use-fetched';

export interface PracticeIslandProps {
  /** The address of /practice/questions.json, with the base path. */
  src: string;
}

const FILTERS = Object.keys(FILTER_LABELS) as PracticeFilter[];
const NO_IDS: string[] = [];
const attemptInRun = (progress: Progress, id: string) =>
  progress.practice.current ? runAttempt(progress, progress.practice.current, id) : undefined;

const loading = <p class="practice__loading">Loading the practice test…</p>;

export default function PracticeIsland({ src }: PracticeIslandProps) {
  const loaded = useFetched(src, readPracticeQuestions);
  if (loaded.state === 'ready') return <PracticeRun questions={loaded.data} />;
  if (loaded.state === 'loading') return loading;
  return (
    <div class="practice__failed">
      <p role="alert">
        The practice questions did not load. Check your connection, then try again.
      </p>
      <button type="button" class="course-button" onClick={loaded.retry}>
        Try again
      </button>
    </div>
  );
}

function PracticeRun({ questions }: { questions: QuestionView[] }) {
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
  const asked = useMemo(
    () => (run?.ids ?? NO_IDS).flatMap((id) => byId.get(id) ?? []),
    // A run's questions never change; a new attempt is a new run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [run?.startedAt, byId],
  );

  if (!progress || !store || !run) return loading;

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
        <PracticeList
          asked={asked}
          runStartedAt={run.startedAt}
          attempt={practice.attempt}
          recordTry={practice.recordTry}
          recordReveal={practice.recordReveal}
        />
      )}
      <PracticeResults questions={questions} run={run} progress={progress} />
    </div>
  );
}
