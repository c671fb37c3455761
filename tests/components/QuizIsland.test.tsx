// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import QuizIsland from '../../src/components/islands/QuizIsland';
import NumericQuizIsland from '../../src/components/islands/NumericQuizIsland';
import { STORAGE_KEY } from '../../src/lib/progress-store';
import type { ChoiceQuestionView, NumericQuestionView } from '../../src/lib/quiz-view';
import { review, single } from '../support/questions';

const selectAll: ChoiceQuestionView = {
  ...single,
  id: 'demo-select-all',
  promptHtml: 'Which are regularization techniques?',
  options: [
    { index: 0, html: 'Dropout', correct: true, whyHtml: 'Drops units at random.' },
    { index: 1, html: 'Weight decay', correct: true, whyHtml: 'Shrinks weights.' },
    {
      index: 2,
      html: 'Bigger batches',
      correct: false,
      whyHtml: 'Batch size is not regularization.',
    },
  ],
  selectAll: true,
};
const numeric: NumericQuestionView = {
  id: 'demo-steps',
  kind: 'numeric',
  promptHtml: '12,000 examples, batch 16, accumulation 4: how many optimizer steps per epoch?',
  answer: { value: 187.5, tolerance: 0.5, unit: 'steps', label: '187.5 steps (± 0.5)' },
  whyHtml: '12,000 / (16 × 4) = 187.5.',
  review,
};

const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"questions":{}}').questions;
const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check' }));

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

  test('returns why the pick is wrong and the hint after a wrong first try, but not the answer', async () => {
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'More epochs' }));
    check();
    expect(await screen.findByText('Not quite. You have one more try.')).toBeTruthy();
    expect(screen.getByText('Your answer: incorrect.')).toBeTruthy();
    expect(screen.getByText('More passes make it worse.')).toBeTruthy();
    expect(screen.getByText('Think about what stops weights from growing.')).toBeTruthy();
    expect(screen.queryByText('Correct answer you did not pick.')).toBeNull();
    expect(screen.queryByText('It penalises large weights.')).toBeNull();
    expect(saved()['demo-single'].attempts[0]).toMatchObject({
      outcome: null,
      tries: [{ picked: [1], correct: false }],
    });
  });

  test('returns "after a hint", not first time, when the second try is right', async () => {
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'More epochs' }));
    check();
    fireEvent.click(await screen.findByRole('radio', { name: 'Weight decay' }));
    check();
    expect(await screen.findByText('Right on your second try.')).toBeTruthy();
    expect(screen.getByText('Score: 0 of 1 right first time, 1 more after a hint.')).toBeTruthy();
    expect(saved()['demo-single'].attempts[0].outcome).toBe('after-retry');
  });

  test('returns the answer, never counted right, after two wrong tries or Show answer', async () => {
    render(<QuizIsland questions={[single, selectAll]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'More epochs' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[0]!);
    fireEvent.click(await screen.findByRole('radio', { name: 'A larger learning rate' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[0]!);
    expect(await screen.findByText('Not right this time. The answer is shown now.')).toBeTruthy();
    expect(screen.getByText('Correct answer you did not pick.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show answer' }));
    expect(await screen.findByText('Here is the answer.')).toBeTruthy();
    expect(screen.getByText('Score: 0 of 2 right first time.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check' })).toBeNull();
  });

  test('returns "Partly right" for some of the correct options of a select-all question', async () => {
    render(<QuizIsland questions={[selectAll]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Dropout' }));
    check();
    expect(await screen.findByText(/^Partly right/)).toBeTruthy();
  });

  test('returns a numeric answer read in the usual formats, and a message for anything else', async () => {
    render(<NumericQuizIsland questions={[numeric]} title="Check your understanding" />);
    const box = await screen.findByRole('textbox', { name: 'Your answer' });
    fireEvent.input(box, { target: { value: 'about two hundred' } });
    check();
    expect(await screen.findByText('Type a number, such as 187.5, 1,000 or 1e3.')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(box, { target: { value: '187.5 steps' } });
    check();
    expect(await screen.findByText('Right, first time.')).toBeTruthy();
    expect(screen.getByText('Answer: 187.5 steps (± 0.5).')).toBeTruthy();
    expect(saved()['demo-steps'].attempts[0].tries[0].value).toBe(187.5);
  });

  test('returns the number given after a wrong try, without the answer', async () => {
    render(<NumericQuizIsland questions={[numeric]} title="Check your understanding" />);
    const box = await screen.findByRole('textbox', { name: 'Your answer' });
    fireEvent.input(box, { target: { value: '750' } });
    check();
    expect(await screen.findByText('You answered 750 steps.')).toBeTruthy();
    expect(screen.queryByText(/^Answer:/)).toBeNull();
  });

  test('returns a reset that starts the questions afresh and can be undone', async () => {
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Weight decay' }));
    check();
    expect(await screen.findByText('Score: 1 of 1 right first time.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reset these questions' }));
    expect(await screen.findByText('0 of 1 answered: 0 right first time.')).toBeTruthy();
    await waitFor(() =>
      expect(
        (screen.getByRole('radio', { name: 'Weight decay' }) as HTMLInputElement).checked,
      ).toBe(false),
    );
    expect(saved()['demo-single'].attempts).toHaveLength(2);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Score: 1 of 1 right first time.')).toBeTruthy();
    expect(saved()['demo-single'].attempts).toHaveLength(1);
  });

  test('returns a version 1 answer from an older visit, migrated', async () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        version: 1,
        seed: 's',
        answers: { 'demo-single': { picked: [0], correct: true, at: 1 } },
      }),
    );
    render(<QuizIsland questions={[single]} title="Check your understanding" />);
    expect(await screen.findByText('Right, first time.')).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'Weight decay' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });
});
