/**
 * A chapter quiz with at least one numeric question: the same island, given the numeric kit.
 * Quiz.astro picks it only then, so the kit's code loads only on those pages.
 */
import QuizIsland, { type QuizIslandProps } from './QuizIsland';
import { numericKit } from './numeric-kit';

export default function NumericQuizIsland(props: Omit<QuizIslandProps, 'numeric'>) {
  return <QuizIsland {...props} numeric={numericKit} />;
}
