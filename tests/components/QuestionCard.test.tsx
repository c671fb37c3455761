// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Attempt, Try } from '../../src/lib/attempts';
import { addTry } from '../../src/lib/attempts';
import { QuestionCard } from '../../src/components/islands/QuestionCard';
import { single } from '../support/questions';

const question = single;

afterEach(cleanup);

test('a pick made before the saved attempt catches up with the last Check stays picked', () => {
  const tries: Try[] = [];
  const card = (attempt: Attempt | undefined) => (
    <QuestionCard
      question={question}
      number={1}
      total={1}
      attempt={attempt}
      interactive
      onTry={(next) => tries.push(next)}
      onReveal={() => {}}
    />
  );
  const { rerender } = render(card(undefined));
  fireEvent.click(screen.getByRole('radio', { name: 'More epochs' }));
  fireEvent.click(screen.getByRole('button', { name: 'Check' }));
  // The learner picks again before the store's update reaches the card.
  fireEvent.click(screen.getByRole('radio', { name: 'Weight decay' }));
  rerender(card(addTry(undefined, tries[0]!)));
  expect((screen.getByRole('radio', { name: 'Weight decay' }) as HTMLInputElement).checked).toBe(
    true,
  );
});

test('a planned question says why it was picked inside its legend, so the group is named with it', () => {
  render(
    <QuestionCard
      question={question}
      number={1}
      total={10}
      attempt={undefined}
      interactive
      reason="missed 3 days ago"
      onTry={() => {}}
      onReveal={() => {}}
    />,
  );
  const legend = screen.getByRole('group').querySelector('legend');
  expect(legend?.textContent).toMatch(/^Question 1 of 10 Why this one: missed 3 days ago\. /);
});
