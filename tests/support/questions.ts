/**
 * A chapter and a single-answer question as an island receives them, shared by the component
 * tests (QuizIsland, QuestionCard) so both exercise the same question.
 */
import type { ChoiceQuestionView } from '../../src/lib/quiz-view';

export const chapter = { id: 'foundations/demo', title: 'Demo', href: '/foundations/demo/' };
export const review = { href: '/foundations/demo/#regularization', title: 'Regularization' };
export const single: ChoiceQuestionView = {
  id: 'demo-single',
  kind: 'choice',
  promptHtml: 'Which technique helps prevent <em>overfitting</em>?',
  hintHtml: 'Think about what stops weights from growing.',
  options: [
    { index: 0, html: 'Weight decay', correct: true, whyHtml: 'It penalises large weights.' },
    { index: 1, html: 'More epochs', correct: false, whyHtml: 'More passes make it worse.' },
    {
      index: 2,
      html: 'A larger learning rate',
      correct: false,
      whyHtml: 'Big steps destabilise training.',
    },
  ],
  selectAll: false,
  review,
  chapter,
};
