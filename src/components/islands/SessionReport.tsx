/**
 * What the session summary says once a session is over (see SessionSummary, which loads this
 * file then): a headline that tells an all-Again run from a perfect one, the count of each
 * grade, and when the next card is due, in the reader's locale. Focus moves to its heading,
 * because the grade button that ended the session is gone.
 */
import { useEffect, useRef } from 'preact/hooks';
import { GRADES } from '../../lib/grades';
import { describeNextDue, summarizeSession, summaryHeadline } from '../../lib/session-summary';
import type { GradeEntry } from '../../lib/session-queue';

const GRADE_LABELS = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' } as const;

export interface SessionReportProps {
  /** Every grade given in the session, in order. */
  log: readonly GradeEntry[];
  /** When the next of these cards is due, or undefined if none is scheduled. */
  nextDue: number | undefined;
  now: number;
  level: 2 | 3;
}

export function SessionReport({ log, nextDue, now, level }: SessionReportProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const summary = summarizeSession(log);
  return (
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
          <time dateTime={new Date(nextDue).toISOString()}>{describeNextDue(nextDue, now)}</time>.
        </p>
      )}
    </>
  );
}
