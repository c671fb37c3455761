import { describe, expect, test } from 'vitest';
import { emptyProgress, recordCard } from '../../src/lib/progress';
import { gradeCard } from '../../src/lib/scheduling';
import { cardsForWeakestObjectives } from '../../src/lib/weak-cards';
import type { PlanChapter } from '../../src/lib/plan-chapters';
import { answerAll, COURSE, DAY, questionsOf, START } from '../support/plan';

const now = START + 2 * DAY;

describe('cardsForWeakestObjectives', () => {
  test('returns nothing before any question is missed', () => {
    const progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'first-try', START);
    expect(cardsForWeakestObjectives(COURSE, progress, now)).toEqual([]);
  });

  test('returns the cards of the weakest objectives, weakest first', () => {
    let progress = answerAll(emptyProgress('seed'), ['beta-1', 'beta-2'], 'first-try', START);
    progress = answerAll(progress, ['beta-3', ...questionsOf('delta')], 'wrong', START);
    expect(cardsForWeakestObjectives(COURSE, progress, now)).toEqual([
      { id: 'delta-card', objectiveKey: 'part/two#delta', objective: 'Do delta' },
      { id: 'beta-card', objectiveKey: 'part/one#beta', objective: 'Do beta' },
    ]);
    expect(cardsForWeakestObjectives(COURSE, progress, now, { objectives: 1 })).toHaveLength(1);
  });

  test('puts due cards first, then new ones, then the rest, and keeps to the limit', () => {
    const deck: PlanChapter = {
      ...COURSE[0]!,
      cards: ['later', 'fresh', 'due'].map((id) => ({ id, objective: 'alpha' })),
    };
    let progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'wrong', START);
    let learned = gradeCard(undefined, 'good', START);
    learned = gradeCard(learned, 'good', learned.due);
    progress = recordCard(progress, 'later', learned);
    progress = recordCard(progress, 'due', gradeCard(undefined, 'again', START));
    const ids = (limit?: number) =>
      cardsForWeakestObjectives([deck], progress, now, { limit }).map(({ id }) => id);
    expect(ids()).toEqual(['due', 'fresh', 'later']);
    expect(ids(2)).toEqual(['due', 'fresh']);
  });
});
