/**
 * The end of a flashcard session, in the chapter deck and on /review/. The island always renders
 * this shell, so its polite live region (role="status") is in the page before the summary fills
 * it and screen readers announce it. What the summary says (SessionReport) loads when a session
 * ends, the one moment it is needed; until it arrives, or if it cannot (offline), the region
 * says the session is over, and the actions to go on are there either way.
 */
import type { ComponentChildren } from 'preact';
import type { GradeEntry } from '../../lib/session-queue';
import { useLazy } from './use-lazy';

export interface SessionSummaryProps {
  /** The session's grades once it is over; null while it is under way (an empty live region). */
  log: readonly GradeEntry[] | null;
  /** When the next of these cards is due, or undefined if none is scheduled. */
  nextDue: number | undefined;
  now: number;
  /** The heading's level, one below the section the summary ends. */
  level: 2 | 3;
  /** What the learner can do next: start again, go to the review page. */
  children?: ComponentChildren;
}

export function SessionSummary({ log, nextDue, now, level, children }: SessionSummaryProps) {
  const { value: Report, failed } = useLazy(log !== null, () =>
    import('./SessionReport').then((loaded) => loaded.SessionReport),
  );

  return (
    <div class="session-summary">
      <div role="status">
        {log && Report && <Report log={log} nextDue={nextDue} now={now} level={level} />}
        {log && !Report && failed && <p>This session is over.</p>}
      </div>
      {log && (Report || failed) && <div class="session-summary__actions">{children}</div>}
    </div>
  );
}
