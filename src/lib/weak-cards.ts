/**
 * "Cards for my weakest objectives" on /review/: the cards that support the objectives a learner
 * is weakest at (mastery.ts), as extra study beside the due cards. Cards name their objective in
 * the frontmatter (`objective`, checked by src/course/objectives.ts like a question's), so the
 * link is the author's, not guessed from the chapter. Cards of chapters without objectives have
 * no link and are never offered here.
 *
 * Per objective, weakest first: due cards, then cards still being learned, then new cards, then
 * the rest earliest-due first. Grading one early is fine: FSRS takes the elapsed time into
 * account.
 */
import { cardState, type CardState } from './card-state';
import { courseMastery, weakestObjectives } from './mastery';
import { objectiveKey, type PlanChapter } from './plan-chapters';
import type { Progress } from './progress';
import { resultsOf } from './results';

/** Weak objectives whose cards are offered at once. */
export const WEAK_CARD_OBJECTIVES = 3;
/** Cards offered at once. */
export const WEAK_CARD_LIMIT = 20;

const STATE_ORDER: Readonly<Record<CardState, number>> = {
  due: 0,
  learning: 1,
  relearning: 1,
  new: 2,
  review: 3,
};

export interface CardPick {
  id: string;
  objectiveKey: string;
  /** The objective's text, to group or label the cards. */
  objective: string;
}

export function cardsForWeakestObjectives(
  chapters: readonly PlanChapter[],
  progress: Progress,
  now: number,
  { objectives = WEAK_CARD_OBJECTIVES, limit = WEAK_CARD_LIMIT } = {},
): CardPick[] {
  const weakest = weakestObjectives(courseMastery(chapters, (id) => resultsOf(progress, id)));
  const cards = chapters.flatMap((chapter) =>
    chapter.cards.flatMap(({ id, objective }) =>
      objective === undefined ? [] : [{ id, key: objectiveKey(chapter.id, objective) }],
    ),
  );
  const stored = (id: string) =>
    Object.hasOwn(progress.cards, id) ? progress.cards[id] : undefined;
  return weakest
    .slice(0, objectives)
    .flatMap(({ key, text }) =>
      cards
        .filter((card) => card.key === key)
        .map((card, index) => ({ card, index, state: cardState(stored(card.id), now) }))
        .sort(
          (a, b) =>
            STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
            (stored(a.card.id)?.due ?? 0) - (stored(b.card.id)?.due ?? 0) ||
            a.index - b.index,
        )
        .map(({ card }) => ({ id: card.id, objectiveKey: key, objective: text })),
    )
    .slice(0, limit);
}
