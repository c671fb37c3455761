/**
 * The place of practice questions that have not rendered yet (use-near-viewport.ts): one empty
 * element of about their cards' height (src/lib/practice-render.ts), so the page is about as
 * long as it will be and what is on screen does not move when cards replace part of it. It
 * holds nothing to read or focus; the cards render well before they reach the screen.
 */
import { gapHeight, type ReservedHeight } from '../../lib/practice-render';

export interface PendingQuestionsProps {
  /** The index in the run of the first question in the gap. */
  start: number;
  /** Each question's reserved height, in the run's order. */
  heights: readonly ReservedHeight[];
}

export function PendingQuestions({ start, heights }: PendingQuestionsProps) {
  const height = gapHeight(heights);
  return (
    <div
      class="practice__pending"
      data-gap={start}
      data-count={heights.length}
      // Custom properties, set through the CSSOM (allowed by the Content Security Policy).
      style={{ '--reserved-narrow': `${height.narrow}rem`, '--reserved-wide': `${height.wide}rem` }}
    />
  );
}
