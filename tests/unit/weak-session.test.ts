import { describe, expect, test } from 'vitest';
import { emptyProgress } from '../../src/lib/progress';
import { cardsForWeakestObjectives } from '../../src/lib/weak-cards';
import { coveredObjectives, weakWaiting, whyNoWeakCards } from '../../src/lib/weak-session';
import { answerAll, COURSE, DAY, questionsOf, START } from '../support/plan';

const now = START + DAY;

describe('weakWaiting', () => {
  test('leaves out the cards already graded in this session', () => {
    const picks = ['a', 'b', 'c'].map((id) => ({ id, objectiveKey: 'k', objective: 'K' }));
    expect(weakWaiting(picks, [])).toEqual(['a', 'b', 'c']);
    expect(weakWaiting(picks, [{ id: 'b', grade: 'good' }])).toEqual(['a', 'c']);
  });
});

describe('coveredObjectives', () => {
  test('names each objective once, weakest first, with its chapter and number of cards', () => {
    const picks = [
      { id: 'd1', objectiveKey: 'part/two#delta', objective: 'Do delta' },
      { id: 'd2', objectiveKey: 'part/two#delta', objective: 'Do delta' },
      { id: 'b1', objectiveKey: 'part/one#beta', objective: 'Do beta' },
    ];
    expect(coveredObjectives(picks, COURSE)).toEqual([
      { key: 'part/two#delta', text: 'Do delta', chapter: 'Chapter part/two', cards: 2 },
      { key: 'part/one#beta', text: 'Do beta', chapter: 'Chapter part/one', cards: 1 },
    ]);
  });
});

describe('whyNoWeakCards', () => {
  test('says nothing is answered yet for an empty history', () => {
    expect(whyNoWeakCards(COURSE, emptyProgress('seed'))).toBe('nothing-answered');
  });

  test('says none was missed when every answer was right the first time', () => {
    const progress = answerAll(emptyProgress('seed'), questionsOf('alpha'), 'first-try', START);
    expect(cardsForWeakestObjectives(COURSE, progress, now)).toEqual([]);
    expect(whyNoWeakCards(COURSE, progress)).toBe('none-missed');
  });

  test('says the weak objectives have no cards when none names them', () => {
    const progress = answerAll(emptyProgress('seed'), ['alpha-1'], 'wrong', START);
    const noCards = COURSE.map((chapter) => ({ ...chapter, cards: [] }));
    expect(cardsForWeakestObjectives(noCards, progress, now)).toEqual([]);
    expect(whyNoWeakCards(noCards, progress)).toBe('no-cards');
  });
});
