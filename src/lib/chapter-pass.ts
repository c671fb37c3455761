/**
 * When a chapter's quiz passes, and the chapter's cards waiting: what the chapter-complete card
 * shows (ChapterComplete.tsx). Apart from chapter-status.ts, which re-exports them, because that
 * file also reads saved progress; the card loads late and needs none of it.
 */
import type { Tally } from './attempts';
import { cardState } from './card-state';
import type { Progress } from './progress';

/** Share of a chapter's questions that must be right the first time for it to count as done. */
export const PASS_SHARE = 0.7;

/** Whether a tally passes: every question answered, and enough of them right the first time. */
export function passes(score: Tally): boolean {
  return score.answered === score.total && score.firstTry >= PASS_SHARE * score.total;
}

/** The chapter's cards waiting for the learner: graded ones now due, and ones never studied. */
export function cardsWaiting(
  progress: Progress,
  cardIds: readonly string[],
  now: number,
): { due: number; fresh: number } {
  let due = 0;
  let fresh = 0;
  for (const id of cardIds) {
    const state = cardState(
      Object.hasOwn(progress.cards, id) ? progress.cards[id] : undefined,
      now,
    );
    if (state === 'new') fresh += 1;
    else if (state === 'due') due += 1;
  }
  return { due, fresh };
}
