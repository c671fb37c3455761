import { describe, expect, test } from 'vitest';
import { readCoursePlan, type PlanChapter } from '../../src/lib/plan-chapters';

const chapter: PlanChapter = {
  id: 'foundations/demo',
  title: 'Demo',
  number: 1,
  objectives: [{ id: 'explain-lora', text: 'Explain LoRA.' }],
  questions: [{ id: 'q1', objective: 'explain-lora' }, { id: 'q2' }],
  cards: [{ id: 'c1', objective: 'explain-lora' }],
};

describe('readCoursePlan', () => {
  test('returns the chapters of a well-formed plan', () => {
    expect(readCoursePlan({ chapters: [chapter] })).toEqual([chapter]);
    expect(readCoursePlan(JSON.parse(JSON.stringify({ chapters: [chapter] })))).toEqual([chapter]);
  });

  test.each([
    ['not an object', 'plan'],
    ['no chapter list', { chapters: 'all' }],
    ['a chapter without objectives', { chapters: [{ ...chapter, objectives: undefined }] }],
    ['an objective without text', { chapters: [{ ...chapter, objectives: [{ id: 'x' }] }] }],
    [
      'a question whose objective is not text',
      { chapters: [{ ...chapter, questions: [{ id: 'q', objective: 3 }] }] },
    ],
    ['a card without an id', { chapters: [{ ...chapter, cards: [{ objective: 'x' }] }] }],
  ])('returns null for %s', (_, data) => {
    expect(readCoursePlan(data)).toBeNull();
  });
});
