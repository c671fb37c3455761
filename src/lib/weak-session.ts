/**
 * A /review/ session of "cards for my weakest objectives" (weak-cards.ts picks the cards): which
 * cards still wait in it, the objectives it covers, named for the learner, and why it is empty
 * when it is. Like Anki's custom study, it is extra study beside the due cards: it ignores the
 * daily limit of new cards, and grading saves to the same FSRS schedule as any review.
 */
import { courseMastery, weakestObjectives } from './mastery';
import { objectiveKey as keyOf, type PlanChapter } from './plan-chapters';
import type { Progress } from './progress';
import { resultsOf } from './results';
import type { GradeEntry } from './session-queue';
import type { CardPick } from './weak-cards';

/**
 * The picked cards not graded yet in this session. A graded card stays a pick (the picks list
 * every card of a weak objective), so without this it would join the session again at once;
 * a card graded Again comes back anyway, through the session's own steps (session-refresh.ts).
 */
export function weakWaiting(picks: readonly CardPick[], log: readonly GradeEntry[]): string[] {
  const graded = new Set(log.map(({ id }) => id));
  return picks.map(({ id }) => id).filter((id) => !graded.has(id));
}

export interface CoveredObjective {
  key: string;
  text: string;
  /** The title of the objective's chapter. */
  chapter: string;
  /** How many of the session's cards support it. */
  cards: number;
}

/** The objectives a session covers, weakest first, each with its chapter and card count. */
export function coveredObjectives(
  picks: readonly CardPick[],
  chapters: readonly PlanChapter[],
): CoveredObjective[] {
  const covered = new Map<string, CoveredObjective>();
  for (const { objectiveKey, objective } of picks) {
    const entry = covered.get(objectiveKey);
    if (entry) {
      entry.cards += 1;
      continue;
    }
    const owner = chapters.find(({ id, objectives }) =>
      objectives.some((each) => keyOf(id, each.id) === objectiveKey),
    );
    const chapter = owner?.title ?? objectiveKey;
    covered.set(objectiveKey, { key: objectiveKey, text: objective, chapter, cards: 1 });
  }
  return [...covered.values()];
}

/**
 * Why there are no cards for the weakest objectives: no question answered yet, none missed on
 * its latest attempt, or the weak objectives have no cards.
 */
export type NoWeakCards = 'nothing-answered' | 'none-missed' | 'no-cards';

export function whyNoWeakCards(chapters: readonly PlanChapter[], progress: Progress): NoWeakCards {
  const mastery = courseMastery(chapters, (id) => resultsOf(progress, id));
  if (mastery.every(({ answered }) => answered === 0)) return 'nothing-answered';
  return weakestObjectives(mastery).length === 0 ? 'none-missed' : 'no-cards';
}

/** The sentence shown for an empty session, by its reason. */
export const NO_WEAK_CARDS: Readonly<Record<NoWeakCards, string>> = {
  'nothing-answered':
    'No weak objectives yet: answer some questions first, in a chapter or on the practice test.',
  'none-missed':
    'No weak objectives: every question you have answered was right the first time on its latest attempt.',
  'no-cards': 'Your weakest objectives have no flashcards. Revisit their questions instead.',
};
