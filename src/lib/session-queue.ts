/**
 * One sitting of flashcard review, in a chapter's deck and on /review/. It follows Anki's
 * learning steps: a card graded Again comes back later in the same session, until it is graded
 * Hard, Good or Easy (recalled) or the learner ends the session.
 *
 * When it comes back: after AGAIN_GAP other cards, or next when fewer are left. Anki shows a
 * failed card again once its first learning step has passed (1 minute in FSRS's defaults), and
 * sooner when nothing else is waiting (its "learn ahead limit"). A learner spends some 10 to 20
 * seconds on a card, so three cards is about that minute; counting cards instead of watching the
 * clock means a short deck never ends with a failed card still waiting for its minute. This only
 * decides what to show next: the saved FSRS schedule is the scheduler's (scheduling.ts).
 *
 * Pure and free of ts-fsrs: islands keep a Session in state and replace it with each result.
 */
import type { GradeName } from './scheduling';

/** How many other cards come between a card graded Again and its return. */
export const AGAIN_GAP = 3;

export interface GradeEntry {
  id: string;
  grade: GradeName;
}

export interface Session {
  /** Card ids in the order shown; a card graded Again appears again further on. */
  steps: string[];
  /** The step on screen; the session is over once it reaches `steps.length`. */
  at: number;
  /** Every grade given in this session, oldest first. */
  log: GradeEntry[];
  /** True once the learner ends the session early; nothing is added to it after that. */
  ended: boolean;
}

export function startSession(ids: readonly string[]): Session {
  return { steps: [...ids], at: 0, log: [], ended: false };
}

/** The card on screen, or undefined once the session is over. */
export function currentCard(session: Session): string | undefined {
  return session.ended ? undefined : session.steps[session.at];
}

/** True once every step has been shown, or the learner ended the session. */
export function isOver(session: Session): boolean {
  return currentCard(session) === undefined;
}

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

/** Shows another step without grading (the deck's Previous and Next). */
export function moveTo(session: Session, at: number): Session {
  if (session.ended || session.steps.length === 0) return session;
  return { ...session, at: Math.min(Math.max(at, 0), session.steps.length - 1) };
}

/** Ends the session early: the cards still ahead, returns included, are dropped. */
export function endSession(session: Session): Session {
  return { ...session, steps: session.steps.slice(0, session.at), ended: true };
}

/** Cards whose last grade in the session was Again: not recalled yet. */
export function notRecalled(log: readonly GradeEntry[]): Set<string> {
  const last = new Map(log.map(({ id, grade }) => [id, grade]));
  return new Set([...last].filter(([, grade]) => grade === 'again').map(([id]) => id));
}

/**
 * Brings a /review/ session up to date with the cards waiting now (`waiting`: due first, then
 * new), which change as time passes or another tab grades cards. The card on screen stays (its
 * grade may be on its way to storage). Steps ahead stay in place while their card still waits or
 * is still to be recalled; cards newly waiting join the end. A session that is over, after at
 * least one grade, stays over: its summary stays on screen until the learner starts another.
 */
export function refreshSession(session: Session, waiting: readonly string[]): Session {
  if (session.ended || (isOver(session) && session.log.length > 0)) return session;
  const pending = notRecalled(session.log);
  const queued = session.steps
    .slice(session.at)
    .filter((id, index) => index === 0 || waiting.includes(id) || pending.has(id));
  const added = waiting.filter((id) => !queued.includes(id));
  return { ...session, steps: [...session.steps.slice(0, session.at), ...queued, ...added] };
}
