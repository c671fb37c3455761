// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import QuizIsland from '../../src/components/islands/QuizIsland';
import { STORAGE_KEY } from '../../src/lib/progress-store';
import type { QuestionView } from '../../src/lib/quiz-view';

const chapter = { id: 'foundations/demo', title: 'Demo', href: '/foundations/demo/' };
const single: QuestionView = {
  id: 'demo-single',
  promptHtml: 'Which technique helps prevent <em>overfitting</em>?',
  options: [
    { html: 'Weight decay', correct: true, whyHtml: 'It penalises large weights.' },
    { html: 'More epochs', correct: false, whyHtml: 'More passes make it worse.' },
    { html: 'A larger learning rate', correct: false, whyHtml: 'Big steps destabilise training.' },
  ],
  selectAll: false,
  fixedOrder: true,
  review: { href: '/foundations/demo/#regularization', title: 'Regularization' },
  chapter,
};
const selectAll: QuestionView = {
  ...single,
  id: 'demo-select-all',
  promptHtml: 'Which are regularization techniques?',
  options: [
    { html: 'Dropout', correct: true, whyHtml: 'Drops units at random.' },
    { html: 'Weight decay', correct: true, whyHtml: 'Shrinks weights.' },
    { html: 'Bigger batches', correct: false, whyHtml: 'Batch size is not regularization.' },
  ],
  selectAll: true,
};

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('QuizIsland', () => {
  test('returns radio buttons for one answer and checkboxes for select-all', async () => {
    render(<QuizIsland questions={[single, selectAll]} title="Check your understanding" />);
    const first = await screen.findByRole('group', { name: /Question 1 of 2/ });
    expect(first.querySelectorAll('input[type=radio]')).toHaveLength(3);
    const second = screen.getByRole('group', { name: /Question 2 of 2.*Select all that apply/ });
    expect(second.querySelectorAll('input[type=checkbox]')).toHaveLength(3);
  });

  test('returns verdicts and every why after Check, and saves the answer', async () => {
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'More epochs' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByText('Not quite.');
    expect(screen.getByText('Your answer: incorrect.')).toBeTruthy();
    expect(screen.getByText('Correct answer you did not pick.')).toBeTruthy();
    for (const why of [
      'It penalises large weights.',
      'More passes make it worse.',
      'Big steps destabilise training.',
    ]) {
      expect(screen.getByText(why)).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: 'Review: Regularization' }).getAttribute('href')).toBe(
      '/foundations/demo/#regularization',
    );
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(saved.answers['demo-single']).toMatchObject({ picked: [1], correct: false });
  });

  test('returns a hint instead of a grade when nothing is picked', async () => {
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Pick an answer first, then press Check.')).toBeTruthy();
  });

  test('returns "Partly right." for some of the correct options of a select-all question', async () => {
    render(<QuizIsland questions={[selectAll]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Dropout' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Partly right.')).toBeTruthy();
  });

  test('returns the score when every question is answered, and Reset clears it', async () => {
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Weight decay' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText('Score: 1 of 1 correct.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset these questions' }));
    expect(await screen.findByText('0 of 1 answered, 0 correct.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Weight decay' }) as HTMLInputElement).checked).toBe(
      false,
    );
  });

  test('returns the reset answers when the learner presses Undo, and offers them as a file', async () => {
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Weight decay' }));
    fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset these questions' }));
    expect(await screen.findByText(/Your answer here was reset\. You can undo this/)).toBeTruthy();
    const file = screen.getByRole('link', { name: 'Download your progress as it was' });
    expect(file.getAttribute('download')).toMatch(
      /^fine-tuning-course-progress-\d{4}-\d\d-\d\d\.json$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Score: 1 of 1 correct.')).toBeTruthy();
    expect(screen.getByText('Undone: everything you reset is back.')).toBeTruthy();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(saved.answers['demo-single']).toMatchObject({ picked: [0], correct: true });
  });

  test('returns the saved answer on a new visit', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        seed: 's',
        answers: { 'demo-single': { picked: [0], correct: true, at: 1 } },
      }),
    );
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    expect(await screen.findByText('Correct!')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Weight decay' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});
