/**
 * The course-wide practice test. A run keeps its questions, their order and the answers given
 * (src/lib/practice.ts), so Back, a Review link or a reload comes back to it as it was. The
 * island renders in the browser only (client:only): the run lives in this browser's storage,
 * and building the list there means nothing is reordered after it appears. It fetches the
 * questions from /practice/questions.json (use-fetched.ts) rather than carrying them
 * as props, so the page's HTML holds no question. Without JavaScript the page links to the
 * practice test with answers, /practice/answer-key/ (PracticeTest.astro).
 *
 * A question renders as a card once it comes near the viewport (PracticeList.tsx); until then
 * a gap of about its height holds its place. The running count, the filters and the results
 * read saved progress, so they count every question of the run, rendered or not.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PracticeFilter, Progress } from '../../lib/progress';
import {
  FILTER_LABELS,
  filterIds,
  readPracticeQuestions,
  type PracticeQuestions,
  runAttempt,
  runTally,
  startRun,
} from '../../lib/practice';
import { ForMeButton, ForMeHeading, ForMeMessage, SetSummary } from './PracticeForMe';
import { PracticeResults } from './PracticeResults';
import { PracticeList } from './PracticeList';
import { useCheckAndRecord } from './use-check-and-record';
import { useFetched } from './use-fetched';
import { usePracticeForMe } from './use-practice-for-me';

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
  if (loaded.state === 'ready') return <PracticeRun {...loaded.data} />;
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

function PracticeRun({ questions, reserved }: PracticeQuestions) {
  const byId = useMemo(
    () => new Map(questions.map((question) => [question.id, question])),
    [questions],
  );
  const reservedById = useMemo(
    () => new Map(questions.map((question, index) => [question.id, reserved[index]!])),
    [questions, reserved],
  );
  const allIds = useMemo(() => questions.map((question) => question.id), [questions]);
  const practice = useCheckAndRecord(attemptInRun);
  const { progress, store } = practice;
  const run = progress?.practice.current ?? null;
  const [filter, setFilter] = useState<PracticeFilter>('all');
  const forMe = usePracticeForMe(store, run?.filter === 'for-me');
  const heading = useRef<HTMLHeadingElement>(null);

  // The first visit starts a run over every question, before the browser paints, so the
  // questions appear once, in the run's order.
  useLayoutEffect(() => {
    if (store && !store.read().practice.current) {
      store.update((current) => startRun(current, allIds, 'all', Date.now()));
    }
  }, [store, allIds]);
  useEffect(() => {
    if (run && run.filter !== 'for-me') setFilter(run.filter);
  }, [run]);
  // A set just planned: its heading takes focus, so the learner starts at its top.
  useEffect(() => {
    if (!forMe.started.current || run?.filter !== 'for-me') return;
    forMe.started.current = false;
    heading.current?.focus();
  }, [run?.startedAt, run?.filter, forMe.started]);
  // The landing page's "Practice for me" link (/practice/?for-me) starts a set on arrival; the
  // address loses the query, so a reload comes back to the set instead of planning another.
  useEffect(() => {
    if (!store) return;
    const url = new URL(location.href);
    if (!url.searchParams.has('for-me')) return;
    url.searchParams.delete('for-me');
    history.replaceState(history.state, '', url);
    forMe.start();
    // Once, when the saved progress is first there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  const asked = useMemo(
    () => (run?.ids ?? NO_IDS).flatMap((id) => byId.get(id) ?? []),
    // A run's questions never change; a new attempt is a new run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [run?.startedAt, byId],
  );

  if (!progress || !store || !run) return loading;

  const counts = runTally(progress, run);
  const forMeRun = run.filter === 'for-me';
  const finished = forMeRun && counts.total > 0 && counts.answered === counts.total;
  const outcome =
    finished && forMe.planner && forMe.chapters
      ? forMe.planner.plannedRunOutcome(forMe.chapters, progress, run, Date.now())
      : null;
  const fullTest = () => {
    forMe.clear();
    setFilter('all');
    store.update((current) => startRun(current, allIds, 'all', Date.now()));
  };
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
          onClick={() => {
            forMe.clear();
            store.update((current) => startRun(current, allIds, filter, Date.now()));
          }}
        >
          New attempt
        </button>
        <ForMeButton onStart={forMe.start} />
      </div>
      <ForMeMessage
        status={forMe.status}
        failed={forMe.failed}
        onRetry={forMe.retry}
        onFullTest={fullTest}
      />
      {forMeRun && <ForMeHeading heading={heading} />}
      <p class="practice__running">
        {counts.answered} of {counts.total} answered, {counts.firstTry} right first time
        {counts.afterRetry > 0 && `, ${counts.afterRetry} more after a hint`}.{' '}
        <a href="#practice-results-title">See your score</a>
      </p>
      {asked.length === 0 ? (
        <p class="practice__empty">
          No questions match “{FILTER_LABELS[run.filter === 'for-me' ? 'all' : run.filter]}”. Choose
          “{FILTER_LABELS.all}” and start a new attempt to practice every question.
        </p>
      ) : (
        <PracticeList
          asked={asked}
          runStartedAt={run.startedAt}
          reserved={reservedById}
          reasons={run.plan?.reasons}
          attempt={practice.attempt}
          recordTry={practice.recordTry}
          recordReveal={practice.recordReveal}
        />
      )}
      {forMeRun && <SetSummary finished={finished} outcome={outcome} onStart={forMe.start} />}
      <PracticeResults questions={questions} run={run} progress={progress} />
    </div>
  );
}
