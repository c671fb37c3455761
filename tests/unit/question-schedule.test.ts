import { describe, expect, test } from 'vitest';
import { emptyProgress } from '../../src/lib/progress';
import {
  dueQuestions,
  nextQuestionDue,
  OUTCOME_GRADES,
  questionSchedule,
  questionSchedules,
} from '../../src/lib/question-schedule';
import { resultsOf } from '../../src/lib/results';
import { answer, DAY, START } from '../support/plan';

const after = (...outcomes: Parameters<typeof answer>[2][]) =>
  outcomes.reduce(
    (progress, outcome, index) => answer(progress, 'q', outcome, START + index * DAY),
    emptyProgress('seed'),
  );
const wait = (...outcomes: Parameters<typeof answer>[2][]) =>
  (questionSchedule(resultsOf(after(...outcomes), 'q'))?.due ?? 0) -
  (START + (outcomes.length - 1) * DAY);

describe('OUTCOME_GRADES', () => {
  test('grades right the first time Good, after a hint Hard, and a miss Again', () => {
    expect(OUTCOME_GRADES).toEqual({
      'first-try': 'good',
      'after-retry': 'hard',
      revealed: 'again',
      wrong: 'again',
    });
  });
});

describe('questionSchedule', () => {
  test('brings a missed question back sooner than one needing a hint, and that sooner than one right first time', () => {
    expect(wait('wrong')).toBe(DAY);
    expect(wait('revealed')).toBe(DAY);
    expect(wait('after-retry')).toBe(2 * DAY);
    expect(wait('first-try')).toBe(3 * DAY);
  });

  test('spaces a question out further each time it is right the first time', () => {
    expect(wait('first-try', 'first-try')).toBeGreaterThan(wait('first-try'));
    expect(wait('first-try', 'wrong')).toBeLessThanOrEqual(DAY);
  });

  test('returns undefined for a question never finished, and the same schedule for the same attempts', () => {
    expect(questionSchedule([])).toBeUndefined();
    expect(questionSchedule(resultsOf(after('wrong', 'first-try'), 'q'))).toEqual(
      questionSchedule(resultsOf(after('wrong', 'first-try'), 'q')),
    );
  });
});

describe('dueQuestions', () => {
  const progress = ['a', 'b', 'c'].reduce(
    (next, id, index) => answer(next, id, 'wrong', START + index * 1000),
    answer(emptyProgress('seed'), 'right', 'first-try', START),
  );
  const ids = ['right', 'c', 'b', 'a', 'never'];
  const schedules = questionSchedules(progress, ids);

  test('returns the due questions most overdue first, leaving out ones not due or never answered', () => {
    expect(dueQuestions(ids, schedules, START + DAY / 2)).toEqual([]);
    expect(dueQuestions(ids, schedules, START + 2 * DAY)).toEqual(['a', 'b', 'c']);
    expect(dueQuestions(ids, schedules, START + 3 * DAY)).toEqual(['a', 'b', 'c', 'right']);
  });

  test('returns when the first question falls due, or undefined when none is scheduled', () => {
    expect(nextQuestionDue(ids, schedules)).toBe(START + DAY);
    expect(nextQuestionDue(['never'], schedules)).toBeUndefined();
  });
});
