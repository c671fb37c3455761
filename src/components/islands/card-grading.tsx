/**
 * What a flashcard needs only once it is flipped: the FSRS scheduler (ts-fsrs), the grade
 * buttons with each grade's next interval, and the session's step to the next card
 * (session-grade.ts). The deck and /review/ load this
 * file, in one request, on the first flip or when the learner is about to flip (pointer over or
 * focus on Flip card; use-flip-and-grade.ts), so a learner who only scrolls past a deck never
 * downloads it. It imports nothing that the islands load with the page, except Preact and
 * grades.ts: a module shared with the page would be split into a chunk of its own (saving a grade,
 * which needs progress.ts, stays in use-flip-and-grade.ts for that reason), and this file would
 * take two requests instead of one.
 *
 * The buttons are a labelled group (WAI-ARIA APG Button pattern); each repeats a shortcut key
 * that CardReviewer hears (1 to 4), named with aria-keyshortcuts.
 */
import { GRADES, type GradeName } from '../../lib/grades';
import { formatInterval } from '../../lib/interval-label';

export { gradeCard, previewIntervals } from '../../lib/scheduling';
export { recordGrade } from '../../lib/session-grade';

const BUTTONS: Readonly<Record<GradeName, { label: string; hint: string }>> = {
  again: { label: 'Again', hint: 'Forgot it, or got it wrong' },
  hard: { label: 'Hard', hint: 'Recalled it, with real effort' },
  good: { label: 'Good', hint: 'Recalled it after a moment' },
  easy: { label: 'Easy', hint: 'Knew it at once' },
};

export interface GradeButtonsProps {
  /** Waits until due for each grade (scheduling.ts previewIntervals). */
  intervals: Record<GradeName, number> | null;
  onGrade: (grade: GradeName) => void;
}

export function GradeButtons({ intervals, onGrade }: GradeButtonsProps) {
  return (
    <div class="flashcard__grades" role="group" aria-label="How well did you recall it?">
      {GRADES.map((grade, index) => (
        <button
          key={grade}
          type="button"
          class={`grade-button grade-button--${grade}`}
          onClick={() => onGrade(grade)}
          aria-keyshortcuts={String(index + 1)}
        >
          <span class="grade-button__label">
            {BUTTONS[grade].label}
            {intervals && (
              <span class="grade-button__interval"> · {formatInterval(intervals[grade])}</span>
            )}
          </span>
          <span class="grade-button__hint">{BUTTONS[grade].hint}</span>
        </button>
      ))}
    </div>
  );
}
