/**
 * The parts of /practice/ that "Practice for me" adds (use-practice-for-me.ts plans the set):
 * the button with one line saying what it does, what a press is waiting for (planning, a failed
 * load with Try again, nothing to practice), the set's heading, which takes focus when a set
 * starts, and what the finished set moved, in a polite live region (role="status") that is on
 * the page for the whole set, so that its words are announced when they arrive.
 */
import type { RefObject } from 'preact';
import type { RunOutcome } from '../../lib/planned-run';
import type { ForMeStatus } from './use-practice-for-me';

export const FOR_ME_HELP_ID = 'practice-for-me-help';

export function ForMeButton({ onStart }: { onStart: () => void }) {
  return (
    <div class="practice__for-me">
      <button
        type="button"
        class="course-button"
        aria-describedby={FOR_ME_HELP_ID}
        onClick={onStart}
      >
        Practice for me
      </button>
      <p id={FOR_ME_HELP_ID}>
        About 10 questions picked from your answers: due ones first, then your weakest objectives,
        then new ones.
      </p>
    </div>
  );
}

export interface ForMeMessageProps {
  status: ForMeStatus;
  failed: boolean;
  onRetry: () => void;
  onFullTest: () => void;
}

/** What a press of "Practice for me" is waiting for, or why it found nothing to ask. */
export function ForMeMessage({ status, failed, onRetry, onFullTest }: ForMeMessageProps) {
  if (failed) {
    return (
      <div class="practice__failed">
        <p role="alert">Your practice plan did not load. Check your connection, then try again.</p>
        <button type="button" class="course-button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  if (status === 'planning') return <p role="status">Planning your questions…</p>;
  if (status !== 'empty') return null;
  return (
    <div class="practice__empty" role="status">
      <p>
        Nothing needs practice right now: no question is due or was missed, and you have answered
        every question. Take the full practice test, or come back when questions fall due.
      </p>
      <button type="button" class="course-button" onClick={onFullTest}>
        Start the full practice test
      </button>
    </div>
  );
}

export function ForMeHeading({ heading }: { heading: RefObject<HTMLHeadingElement> }) {
  return (
    <div class="practice__set-intro">
      <h2 id="practice-for-me-title" tabIndex={-1} ref={heading}>
        Practice for me
      </h2>
      <p>Each question says why it was picked for you. Answer them in any order.</p>
    </div>
  );
}

export interface SetSummaryProps {
  finished: boolean;
  /** Null while the plan and the planner load. */
  outcome: RunOutcome | null;
  onStart: () => void;
}

/** What the finished set moved: announced politely, then a way to start another set. */
export function SetSummary({ finished, outcome, onStart }: SetSummaryProps) {
  return (
    <div class="practice__moved" role="status">
      {finished && !outcome && <p>Working out what moved…</p>}
      {finished && outcome && (
        <>
          <h3>What moved</h3>
          {outcome.changes.length > 0 ? (
            <ul>
              {outcome.changes.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          ) : (
            <p>No objective changed level in this set.</p>
          )}
          <p>{outcome.nextDue}</p>
          <button type="button" class="course-button" onClick={onStart}>
            Start another set
          </button>
        </>
      )}
    </div>
  );
}
