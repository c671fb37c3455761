import { describe, expect, test } from 'vitest';
import { addTry, reveal } from '../../src/lib/attempts';
import { feedbackFor } from '../../src/lib/quiz-feedback';
import type { ChoiceQuestionView, NumericQuestionView } from '../../src/lib/quiz-view';

const review = { href: '/a/#b', title: 'B' };
const choice: ChoiceQuestionView = {
  id: 'q',
  kind: 'choice',
  promptHtml: 'Which?',
  hintHtml: 'Think about the data.',
  selectAll: false,
  review,
  options: [
    { index: 1, html: 'Wrong B', correct: false, whyHtml: 'Not B.' },
    { index: 0, html: 'Right A', correct: true, whyHtml: 'A it is.' },
    { index: 2, html: 'Wrong C', correct: false, whyHtml: 'Not C.' },
  ],
};
const numeric: NumericQuestionView = {
  id: 'n',
  kind: 'numeric',
  promptHtml: 'How many?',
  review,
  answer: { value: 187.5, tolerance: 0.5, unit: 'steps', label: '187.5 steps (± 0.5)' },
  whyHtml: '12,000 / 64.',
};

describe('feedbackFor', () => {
  test('returns nothing before the first Check', () => {
    expect(feedbackFor(choice, undefined).headline).toBeNull();
  });

  test('returns only the picked option’s verdict and the hint after a wrong first try', () => {
    const attempt = addTry(undefined, { at: 1, picked: [1], correct: false });
    expect(feedbackFor(choice, attempt)).toEqual({
      headline: 'try-again',
      verdicts: { 1: 'wrong-picked' },
      ended: false,
      hint: true,
    });
  });

  test('returns every verdict once the attempt ends', () => {
    const attempt = addTry(addTry(undefined, { at: 1, picked: [1], correct: false }), {
      at: 2,
      picked: [2],
      correct: false,
    });
    expect(feedbackFor(choice, attempt)).toMatchObject({
      headline: 'wrong',
      ended: true,
      verdicts: { 0: 'correct-missed', 1: 'wrong-skipped', 2: 'wrong-picked' },
    });
  });

  test('returns the answer, never "right", when it was revealed', () => {
    expect(feedbackFor(choice, reveal(undefined, 1))).toMatchObject({
      headline: 'revealed',
      verdicts: { 0: 'correct-missed' },
    });
  });

  test('returns the number given for a numeric question', () => {
    const attempt = addTry(undefined, { at: 1, value: 190, correct: false });
    expect(feedbackFor(numeric, attempt)).toEqual({
      headline: 'try-again',
      verdicts: {},
      ended: false,
      hint: false,
      lastValue: 190,
    });
  });
});
