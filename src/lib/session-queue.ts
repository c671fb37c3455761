/**
 * One sitting of flashcard review, in a chapter's deck and on /review/: the cards in the order
 * shown, and moving through them. It follows Anki's learning steps: a card graded Again comes
 * back later in the same session, until it is graded Hard, Good or Easy (recalled) or the learner
 * ends the session. Grading a step is in session-grade.ts, which loads with the grade buttons on
 * the first flip; bringing a /review/ session up to date is in session-refresh.ts.
 *
 * Pure and free of ts-fsrs: islands keep a Session in state and replace it with each result.
 */
import type { GradeName } from './grades';

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

/** Shows another step without grading (the deck's Previous and Next). */
export function moveTo(session: Session, at: number): Session {
  if (session.ended || session.steps.length === 0) return session;
  return { ...session, at: Math.min(Math.max(at, 0), session.steps.length - 1) };
}

/** Ends the session early: the cards still ahead, returns included, are dropped. */
export function endSession(session: Session): Session {
  return { ...session, steps: session.steps.slice(0, session.at), ended: true };
}
