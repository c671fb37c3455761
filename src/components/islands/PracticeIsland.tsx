/**
 * The course-wide practice test. Reuses QuestionCard; answers are kept for this attempt
 * and also saved to the learner's progress. Which questions to ask comes from saved
 * progress at the moment the learner picks a filter or a new order.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { FILTER_LABELS, filterIds, type PracticeFilter } from '../../lib/practice';
import type { AnswerRecord } from '../../lib/progress';
import { optionOrder, type QuestionView } from '../../lib/quiz-view';
import { stableOrder } from '../../lib/shuffle';
import { PracticeResults } from './PracticeResults';
import { QuestionCard } from './QuestionCard';
import { useCheckAndRecord } from './use-check-and-record';

export interface PracticeIslandProps {
  questions: QuestionView[];
}

const FILTERS = Object.keys(FILTER_LABELS) as PracticeFilter[];

/** Returns the questions with the given ids, in the given order of those ids. */
function pick(questions: QuestionView[], ids: string[], order: number[]): QuestionView[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  return order.flatMap((index) => byId.get(ids[index] ?? '') ?? []);
}

export default function PracticeIsland({ questions }: PracticeIslandProps) {
  const { progress, store, record } = useCheckAndRecord();
  const [filter, setFilter] = useState<PracticeFilter>('all');
  const [round, setRound] = useState(0);
  const [attempt, setAttempt] = useState<Record<string, AnswerRecord>>({});
  const allIds = useMemo(() => questions.map((question) => question.id), [questions]);
  // The first order is shuffled the same way on the server and in the browser, so the
  // page does not jump when it hydrates. "New order" and the filters reshuffle per learner.
  const [asked, setAsked] = useState<QuestionView[]>(() =>
    pick(questions, allIds, stableOrder(allIds.length, 'course', 'practice')),
  );

  useEffect(() => {
    if (!store || (filter === 'all' && round === 0)) return;
    const { seed, answers } = store.read();
    const chosen = filterIds(allIds, answers, filter);
    setAsked(pick(questions, chosen, stableOrder(chosen.length, seed, `practice-${round}`)));
    setAttempt({});
  }, [store, filter, round, questions, allIds]);

  const shown = asked;
  const answers = progress?.answers ?? {};
  return (
    <div class="practice not-content">
      {store && (
        <div class="practice__controls">
          <fieldset class="practice__filter">
            <legend>Questions to practise</legend>
            {FILTERS.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="practice-filter"
                  value={value}
                  checked={filter === value}
                  onChange={() => setFilter(value)}
                />{' '}
                {FILTER_LABELS[value]} ({filterIds(allIds, answers, value).length})
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            class="course-button course-button--secondary"
            onClick={() => setRound(round + 1)}
          >
            New order
          </button>
        </div>
      )}
      {store && shown.length === 0 && (
        <p class="practice__empty" role="status">
          No questions match “{FILTER_LABELS[filter]}”. Choose “{FILTER_LABELS.all}” to practise
          every question.
        </p>
      )}
      <div class="quiz">
        {shown.map((question, index) => (
          <QuestionCard
            key={`${round}-${question.id}`}
            question={question}
            number={index + 1}
            total={shown.length}
            order={optionOrder(question, progress?.seed)}
            saved={attempt[question.id]}
            interactive={store !== null}
            showChapter
            onCheck={(picked, correct) => {
              const at = record(question.id, picked, correct);
              setAttempt({ ...attempt, [question.id]: { picked, correct, at } });
            }}
          />
        ))}
      </div>
      {store && shown.length > 0 && <PracticeResults asked={shown} attempt={attempt} />}
    </div>
  );
}
