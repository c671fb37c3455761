import { describe, expect, test } from 'vitest';
import { answerKeyEntry, optionLetter } from '../../src/lib/answer-key';
import { toQuestionView } from '../../src/lib/quiz-view';
import { QuestionSchema } from '../../src/schemas/question';

const context = {
  id: 'foundations/how',
  title: 'How fine-tuning works',
  href: '/foundations/how/',
  headings: [{ slug: 'regularization', text: 'Regularization' }],
  renderInline: (markdown: string) => markdown.replace(/\*(.+?)\*/g, '<em>$1</em>'),
};
const viewOf = (input: unknown) => toQuestionView(QuestionSchema.parse(input), context);

describe('optionLetter', () => {
  test('returns the letters of CSS upper-alpha list markers, past Z too', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(optionLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('answerKeyEntry', () => {
  test('names the correct options by their letter in display order, with every why', () => {
    const view = viewOf({
      id: 'prevent-overfitting',
      prompt: 'Which helps with overfitting?',
      fixedOrder: true,
      options: [
        { text: 'More epochs', why: 'Makes it *worse*.' },
        { text: 'Dropout', correct: true, why: 'Randomly silences units.' },
        { text: 'A larger learning rate', why: 'Overshoots.' },
        { text: '*Weight* decay', correct: true, why: 'Shrinks weights.' },
      ],
      teaches: '#regularization',
    });
    expect(answerKeyEntry(view)).toEqual({
      kind: 'choice',
      answer: 'B, D',
      correctHtml: ['Dropout', '<em>Weight</em> decay'],
      explanations: [
        { letter: 'A', whyHtml: 'Makes it <em>worse</em>.' },
        { letter: 'B', whyHtml: 'Randomly silences units.' },
        { letter: 'C', whyHtml: 'Overshoots.' },
        { letter: 'D', whyHtml: 'Shrinks weights.' },
      ],
    });
  });

  test('follows the shuffled display order, so letters match the options as shown', () => {
    const view = viewOf({
      id: 'shuffled-question',
      prompt: 'Pick the right one.',
      options: [
        { text: 'Right', correct: true, why: 'Because.' },
        { text: 'Wrong one', why: 'No.' },
        { text: 'Wrong two', why: 'Nope.' },
      ],
      teaches: '#regularization',
    });
    if (view.kind !== 'choice') throw new Error('expected a choice question');
    const shownAt = view.options.findIndex((option) => option.correct);
    const entry = answerKeyEntry(view);
    expect(entry.kind === 'choice' && entry.answer).toBe(optionLetter(shownAt));
  });

  test('gives a numeric question its answer label and why', () => {
    const view = viewOf({
      id: 'steps-per-epoch',
      prompt: 'How many steps?',
      answer: { value: 187.5, tolerance: 0.5, unit: 'steps' },
      why: '12,000 / (16 × 4) = *187.5*.',
      teaches: '#regularization',
    });
    expect(answerKeyEntry(view)).toEqual({
      kind: 'numeric',
      answer: '187.5 steps (± 0.5)',
      whyHtml: '12,000 / (16 × 4) = <em>187.5</em>.',
    });
  });
});
