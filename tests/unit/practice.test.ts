import { describe, expect, test } from 'vitest';
import { addTry, reveal } from '../../src/lib/attempts';
import {
  breakdownByChapter,
  filterIds,
  readPracticeQuestions,
  runAttempt,
  runTally,
  startRun,
} from '../../src/lib/practice';
import { emptyProgress, latestAttempt, saveAttempt, type Progress } from '../../src/lib/progress';

const right = (at: number) => addTry(undefined, { at, picked: [0], correct: true });
const wrongTwice = (at: number) =>
  addTry(addTry(undefined, { at, picked: [1], correct: false }), {
    at: at + 1,
    picked: [1],
    correct: false,
  });
const ids = ['right', 'missed', 'revealed', 'new'];
let progress: Progress = emptyProgress('seed');
progress = saveAttempt(progress, 'right', right(1));
progress = saveAttempt(progress, 'missed', wrongTwice(1));
progress = saveAttempt(progress, 'revealed', reveal(undefined, 1));

describe('filterIds', () => {
  test('returns every question, those not right the first time, or those never finished', () => {
    expect(filterIds(ids, progress, 'all')).toEqual(ids);
    expect(filterIds(ids, progress, 'missed')).toEqual(['missed', 'revealed']);
    expect(filterIds(ids, progress, 'unanswered')).toEqual(['new']);
  });
});

describe('startRun', () => {
  test('returns a run over the filtered questions, in this learner’s order for this run', () => {
    const started = startRun(progress, ids, 'missed', 100);
    expect(started.practice.current).toEqual({
      startedAt: 100,
      filter: 'missed',
      ids: ['missed', 'revealed'],
    });
    const other = startRun(progress, ids, 'all', 200);
    expect(other.practice.current?.ids).toEqual(['missed', 'right', 'new', 'revealed']);
  });

  test('returns the run in progress into the history when anything was answered in it', () => {
    let next = startRun(progress, ids, 'all', 100);
    next = saveAttempt(next, 'new', right(150));
    next = startRun(next, ids, 'all', 300);
    expect(next.practice.history).toEqual([
      { startedAt: 100, endedAt: 300, asked: 4, answered: 1, firstTry: 1, afterRetry: 0 },
    ]);
    expect(startRun(next, ids, 'all', 400).practice.history).toHaveLength(1);
  });
});

describe('runAttempt and runTally', () => {
  test('returns only attempts started during the run, so earlier answers do not count', () => {
    const run = startRun(progress, ids, 'all', 100);
    const current = run.practice.current!;
    expect(runAttempt(run, current, 'right')).toBeUndefined();
    const answered = saveAttempt(
      run,
      'right',
      addTry(undefined, { at: 150, picked: [1], correct: false }),
    );
    expect(runAttempt(answered, current, 'right')?.startedAt).toBe(150);
    expect(latestAttempt(answered, 'right')?.startedAt).toBe(150);
    expect(runTally(answered, current)).toEqual({
      total: 4,
      answered: 0,
      firstTry: 0,
      afterRetry: 0,
      missed: 0,
    });
  });
});

describe('breakdownByChapter', () => {
  test('returns one row per chapter, in course order, counting first-time answers apart', () => {
    const a = { id: 'a', title: 'A', href: '/a/' };
    const b = { id: 'b', title: 'B', href: '/b/' };
    const course = [
      { id: 'right', chapter: a },
      { id: 'missed', chapter: b },
      { id: 'revealed', chapter: a },
      { id: 'new', chapter: b },
    ];
    expect(
      breakdownByChapter(course, new Set(['new', 'missed', 'right']), (id) =>
        latestAttempt(progress, id),
      ),
    ).toEqual([
      {
        chapterId: 'a',
        title: 'A',
        href: '/a/',
        asked: 1,
        answered: 1,
        firstTry: 1,
        afterRetry: 0,
      },
      {
        chapterId: 'b',
        title: 'B',
        href: '/b/',
        asked: 2,
        answered: 1,
        firstTry: 0,
        afterRetry: 0,
      },
    ]);
  });
});

describe('readPracticeQuestions', () => {
  const reserved = [{ narrow: 20, wide: 14.5 }];

  test('returns the questions of /practice/questions.json and the room each card keeps', () => {
    const questions = [{ id: 'q', promptHtml: 'Why?', kind: 'numeric' }];
    expect(readPracticeQuestions({ questions, reserved })).toEqual({ questions, reserved });
  });

  test('returns null for anything else, so the island offers to try again', () => {
    const questions = [{ id: 'q', promptHtml: 'Why?', kind: 'numeric' }];
    expect(readPracticeQuestions(null)).toBeNull();
    expect(readPracticeQuestions('<html>')).toBeNull();
    expect(readPracticeQuestions({ questions: 'all', reserved })).toBeNull();
    expect(readPracticeQuestions({ questions: [{ id: 1 }], reserved })).toBeNull();
    expect(readPracticeQuestions({ questions })).toBeNull();
    expect(readPracticeQuestions({ questions, reserved: [] })).toBeNull();
    expect(readPracticeQuestions({ questions, reserved: [{ narrow: 'tall' }] })).toBeNull();
  });
});
