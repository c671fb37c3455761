/**
 * Grading the card on screen moves a session (session-queue.ts) on; a card graded Again comes
 * back later in the same session, as in Anki's learning steps.
 *
 * When it comes back: after AGAIN_GAP other cards, or next when fewer are left. Anki shows a
 * failed card again once its first learning step has passed (1 minute in FSRS's defaults), and
 * sooner when nothing else is waiting (its "learn ahead limit"). A learner spends some 10 to 20
 * seconds on a card, so three cards is about that minute; counting cards instead of watching the
 * clock means a short deck never ends with a failed card still waiting for its minute. This only
 * decides what to show next: the saved FSRS schedule is the scheduler's (scheduling.ts).
 *
 * Apart from session-queue.ts because only a flipped card needs it: it loads with the grade
 * buttons (src/components/islands/card-grading.tsx). Pure and free of ts-fsrs.
 */
import type { GradeName } from './grades';
import type { Session } from './session-queue';

/** How many other cards come between a card graded Again and its return. */
export const AGAIN_GAP = 3;

/**
 * Records a grade for card `id`, the card on screen, and moves on. Again puts the card back
 * AGAIN_GAP cards ahead; any other grade drops the returns still ahead, because the card is
 * recalled.
 */
export function recordGrade(session: Session, id: string, grade: GradeName): Session {
  if (session.ended) return session;
  const ahead = session.steps.slice(session.at + 1).filter((each) => each !== id);
  if (grade === 'again') ahead.splice(Math.min(AGAIN_GAP, ahead.length), 0, id);
  return {
    ...session,
    steps: [...session.steps.slice(0, session.at), id, ...ahead],
    at: session.at + 1,
    log: [...session.log, { id, grade }],
  };
}
