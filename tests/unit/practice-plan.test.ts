import { describe, expect, test } from 'vitest';
import { courseMastery } from '../../src/lib/mastery';
import { buildPracticeSet, type Pick } from '../../src/lib/practice-plan';
import { emptyProgress, type Progress } from '../../src/lib/progress';
import { questionSchedules } from '../../src/lib/question-schedule';
import { resultsOf } from '../../src/lib/results';
import { gradeCard } from '../../src/lib/scheduling';
import { answer, answerAll, COURSE, DAY, questionsOf, START } from '../support/plan';

const plan = (progress: Progress, now: number, seed = 'seed') =>
  buildPracticeSet(COURSE, progress, { now, seed });
const ids = (picks: readonly Pick[]) => picks.map(({ id }) => id);
const objectiveOf = (id: string) => id.replace(/-\d+$/, '');
const ALL = COURSE.flatMap((chapter) => chapter.questions.map(({ id }) => id));

/** Answers a whole set at `at`: questions of `missed` wrong, the others right the first time. */
function practice(progress: Progress, picks: readonly Pick[], at: number, missed: string) {
  return picks.reduce(
    (next, { id }, index) =>
      answer(next, id, objectiveOf(id) === missed ? 'wrong' : 'first-try', at + index * 1000),
    progress,
  );
}

describe('buildPracticeSet', () => {
  test('gives an empty history a first set of new questions from the first chapters, in order', () => {
    const picks = plan(emptyProgress('seed'), START);
    expect(ids(picks)).toEqual([...ALL.slice(0, 10)]);
    expect(picks[0]?.reason).toEqual({
      kind: 'new',
      chapterNumber: 1,
      chapterTitle: 'Chapter part/one',
    });
    expect(picks[9]?.reason).toMatchObject({ kind: 'new', chapterNumber: 2 });
    expect(picks[0]?.objectiveKey).toBe('part/one#alpha');
  });

  test('gives a learner who always misses one objective that objective in every set', () => {
    // Everything else was right a month ago, so more questions are due than fit in a set.
    let progress = answerAll(
      emptyProgress('seed'),
      ALL.filter((id) => objectiveOf(id) !== 'beta'),
      'first-try',
      START - 30 * DAY,
    );
    progress = answerAll(progress, questionsOf('beta'), 'wrong', START - DAY);
    for (const at of [0, 5, 24, 48, 53, 72, 96, 120].map((hours) => START + hours * 3_600_000)) {
      const picks = plan(progress, at, `set-${at}`);
      expect(
        ids(picks).filter((id) => objectiveOf(id) === 'beta'),
        `set at ${at}`,
      ).not.toEqual([]);
      progress = practice(progress, picks, at, 'beta');
    }
  });

  test('leaves a mastered objective out until its questions are due', () => {
    let progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'first-try', START);
    progress = answerAll(progress, questionsOf('alpha'), 'first-try', START + 3 * DAY);
    const level = courseMastery(COURSE, (id) => resultsOf(progress, id))[0]?.level;
    expect(level).toBe('mastered');
    const due = Math.min(
      ...Object.values(questionSchedules(progress, questionsOf('alpha'))).map((card) => card.due),
    );
    for (let at = START + 4 * DAY; at < due; at += DAY) {
      const picks = plan(progress, at, `set-${at}`);
      expect(
        ids(picks).filter((id) => objectiveOf(id) === 'alpha'),
        `set at ${at}`,
      ).toEqual([]);
      progress = practice(progress, picks, at, 'none');
    }
    const back = plan(progress, due).filter(({ id }) => objectiveOf(id) === 'alpha');
    expect(back.map(({ reason }) => reason.kind)).toContain('due');
  });

  test('lists due questions, then the weakest objectives, then new questions, never one twice', () => {
    let progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'first-try', START);
    progress = answer(progress, 'beta-1', 'wrong', START + 3 * DAY);
    const picks = plan(progress, START + 3 * DAY + 3_600_000);
    expect(picks.map(({ id, reason }) => `${reason.kind} ${id}`).sort()).toEqual(
      [
        'due alpha-1',
        'due alpha-2',
        'due alpha-3',
        'weak beta-1',
        'weak beta-2',
        'weak beta-3',
        'new gamma-1',
        'new gamma-2',
        'new gamma-3',
        'new delta-1',
      ].sort(),
    );
    expect(picks.map(({ reason }) => reason.kind)).toEqual([
      ...Array<string>(3).fill('due'),
      ...Array<string>(3).fill('weak'),
      ...Array<string>(4).fill('new'),
    ]);
    expect(new Set(ids(picks)).size).toBe(picks.length);
  });

  test('takes new questions from chapters already started, counting graded cards, before later ones', () => {
    const progress = {
      ...emptyProgress('seed'),
      cards: { 'epsilon-card': gradeCard(undefined, 'good', START) },
    };
    const picks = buildPracticeSet(COURSE, answer(progress, 'gamma-1', 'first-try', START), {
      now: START + 60_000,
      seed: 'seed',
      size: 12,
    });
    expect(picks.map(({ reason }) => reason.kind === 'new' && reason.chapterNumber)).toEqual([
      2, 3, 2, 3, 2, 3, 2, 3, 2, 3, 3, 1,
    ]);
  });

  test('returns the same set for the same progress, date and seed, and keeps to the size', () => {
    const progress = answerAll(emptyProgress('seed'), ALL, 'wrong', START);
    const at = START + 2 * DAY;
    expect(plan(progress, at, 'a')).toEqual(plan(progress, at, 'a'));
    expect(buildPracticeSet(COURSE, progress, { now: at, seed: 'a', size: 4 })).toHaveLength(4);
    expect(plan(progress, at, 'a')[0]?.reason).toEqual({
      kind: 'due',
      last: { outcome: 'wrong', at: START },
    });
  });
});
