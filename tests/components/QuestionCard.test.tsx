// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import type { Attempt, Try } from '../../src/lib/attempts';
import { addTry } from '../../src/lib/attempts';
import { QuestionCard } from '../../src/components/islands/QuestionCard';
import type { ChoiceQuestionView } from '../../src/lib/quiz-view';

const question: ChoiceQuestionView = {
  id: 'demo',
  kind: 'choice',
  promptHtml: 'Which technique helps prevent overfitting?',
  hintHtml: 'Think about what stops weights from growing.',
  options: [
    { index: 0, html: 'Weight decay', correct: true, whyHtml: 'It penalizes large weights.' },
    { index: 1, html: 'More epochs', correct: false, whyHtml: 'More passes make it worse.' },
  ],
  selectAll: false,
  review: { href: '/c/#r', title: 'Regularization' },
  chapter: { id: 'c', title: 'C', href: '/c/' },
};

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
