import { describe, expect, test } from 'vitest';
import { keyOf, objectiveKey, planChapters } from '../../src/lib/plan-chapters';
import { ChapterSchema } from '../../src/schemas/chapter';

const question = (id: string, objective: string, draft = false) => ({
  id,
  objective,
  draft,
  prompt: 'Which?',
  options: [
    { text: 'Yes', correct: true, why: 'Right.' },
    { text: 'No', why: 'Wrong.' },
  ],
  teaches: '#lora',
});

const lora = {
  id: 'workflow/lora',
  data: {
    title: 'LoRA',
    ...ChapterSchema.parse({
      objectives: [
        { id: 'explain-lora', text: 'Explain LoRA' },
        { id: 'estimate-memory', text: 'Estimate memory' },
      ],
      quiz: [
        question('what-lora-trains', 'explain-lora'),
        question('unfinished', 'explain-lora', true),
        question('qlora-memory', 'estimate-memory'),
      ],
      flashcards: [
        { id: 'rank', front: 'Rank', back: 'The r.', teaches: '#lora', objective: 'explain-lora' },
      ],
    }),
  },
};
const intro = { id: 'foundations/intro', data: { title: 'Intro', ...ChapterSchema.parse({}) } };

describe('planChapters', () => {
  test('returns each chapter numbered in reading order with its objectives and published items', () => {
    expect(planChapters([intro, lora])).toEqual([
      {
        id: 'foundations/intro',
        title: 'Intro',
        number: 1,
        objectives: [],
        questions: [],
        cards: [],
      },
      {
        id: 'workflow/lora',
        title: 'LoRA',
        number: 2,
        objectives: [
          { id: 'explain-lora', text: 'Explain LoRA' },
          { id: 'estimate-memory', text: 'Estimate memory' },
        ],
        questions: [
          { id: 'what-lora-trains', objective: 'explain-lora' },
          { id: 'qlora-memory', objective: 'estimate-memory' },
        ],
        cards: [{ id: 'rank', objective: 'explain-lora' }],
      },
    ]);
  });
});

describe('objectiveKey', () => {
  test('returns a course-wide key from the chapter id and the objective id', () => {
    expect(objectiveKey('workflow/lora', 'explain-lora')).toBe('workflow/lora#explain-lora');
    expect(keyOf('workflow/lora', undefined)).toBeUndefined();
  });
});
