/**
 * What a "cards for my weakest objectives" session says around its cards: the objectives it
 * covers, or, when there is no card to show, why (the plan is loading, could not load, or there
 * is no weak objective with cards), always with a way back to the due cards. The plan comes from
 * /course-plan.json (use-fetched.ts); offline it fails, and Try again asks again.
 */
import type { PlanChapter } from '../../lib/plan-chapters';
import type { Progress } from '../../lib/progress';
import { countOf } from '../../lib/plural';
import type { CardPick } from '../../lib/weak-cards';
import { coveredObjectives, NO_WEAK_CARDS, whyNoWeakCards } from '../../lib/weak-session';
import type { Fetched } from './use-fetched';

export interface WeakCardsNoticeProps {
  plan: Fetched<PlanChapter[]>;
  picks: readonly CardPick[];
  progress: Progress;
  onRetry: () => void;
  onDueCards: () => void;
}

export function WeakCardsNotice({
  plan,
  picks,
  progress,
  onRetry,
  onDueCards,
}: WeakCardsNoticeProps) {
  const back = (
    <button type="button" class="course-button course-button--secondary" onClick={onDueCards}>
      Back to due cards
    </button>
  );
  if (plan.state === 'failed') {
    return (
      <div class="review__weak">
        <p>
          Your objectives could not load, so the cards for them cannot be picked. Check your
          connection, then try again. Due cards work without it.
        </p>
        <button type="button" class="course-button" onClick={onRetry}>
          Try again
        </button>{' '}
        {back}
      </div>
    );
  }
  if (plan.state !== 'ready') return <p class="review__weak">Loading your objectives…</p>;
  if (picks.length === 0) {
    return (
      <div class="review__weak">
        <p>{NO_WEAK_CARDS[whyNoWeakCards(plan.data, progress)]}</p>
        {back}
      </div>
    );
  }
  return <CoveredList picks={picks} chapters={plan.data} />;
}

function CoveredList({ picks, chapters }: { picks: readonly CardPick[]; chapters: PlanChapter[] }) {
  return (
    <div class="review__weak">
      <p>These cards support your weakest objectives, weakest first:</p>
      <ul>
        {coveredObjectives(picks, chapters).map(({ key, text, chapter, cards }) => (
          <li key={key}>
            {text}{' '}
            <span class="review__weak-chapter">
              ({chapter}, {countOf(cards, 'card', 'cards')})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
