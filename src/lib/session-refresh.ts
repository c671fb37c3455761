/**
 * Keeping a /review/ session (session-queue.ts) in step with the cards waiting now, and which
 * cards a session has not recalled yet (also for its summary, session-summary.ts). Apart from
 * session-queue.ts because a chapter's deck needs neither until its session ends.
 */
import { isOver, type GradeEntry, type Session } from './session-queue';

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
