/**
 * The end of a flashcard session, in the chapter deck and on /review/: a headline that tells an
 * all-Again run from a perfect one, the count of each grade, and when the next card is due, in
 * the reader's locale. The island always renders it, so its polite live region (role="status")
 * is in the page before the summary fills it and screen readers announce it; focus moves to the
 * summary's heading, because the grade button that ended the session is gone.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { GRADES } from '../../lib/grades';
import {
  describeNextDue,
  summaryHeadline,
  type SessionSummary as Summary,
} from '../../lib/session-summary';

const GRADE_LABELS = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } as const;

export interface SessionSummaryProps {
  /** Null while the session is under way: only the empty live region renders. */
  summary: Summary | null;
  /** When the next of these cards is due, or undefined if none is scheduled. */
  nextDue: number | undefined;
  now: number;
  /** The heading's level, one below the section the summary ends. */
  level: 2 | 3;
  /** What the learner can do next: start again, go to the review page. */
  children?: ComponentChildren;
}

export function SessionSummary(props: SessionSummaryProps) {
  const { summary, nextDue, now, children } = props;
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = summary !== null;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  return (
    <div class="session-summary">
      <div role="status">
        {summary && (
          <>
            <Heading class="session-summary__title" tabIndex={-1} ref={heading}>
              Session summary
            </Heading>
            <p>{summaryHeadline(summary)}</p>
            {summary.verdict !== 'empty' && (
              <ul class="session-summary__grades" aria-label="Grades given">
                {GRADES.map((grade) => (
                  <li key={grade}>
                    {GRADE_LABELS[grade]}: <strong>{summary.grades[grade]}</strong>
                  </li>
                ))}
              </ul>
            )}
            {nextDue !== undefined && (
              <p>
                Next card due:{' '}
                <time dateTime={new Date(nextDue).toISOString()}>
                  {describeNextDue(nextDue, now)}
                </time>
                .
              </p>
            )}
          </>
        )}
      </div>
      {summary && <div class="session-summary__actions">{children}</div>}
    </div>
  );
}
