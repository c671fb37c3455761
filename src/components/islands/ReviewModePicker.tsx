/**
 * What to review on /review/: the due cards, or cards for the learner's weakest objectives (as
 * Anki's custom study offers beside the day's reviews). A native radio group in a fieldset,
 * like the page's other settings a native control that applies at once: arrow keys move between
 * the two and pick.
 */
import type { Ref } from 'preact';

export type ReviewMode = 'due' | 'weak';

const MODES: readonly { value: ReviewMode; label: string }[] = [
  { value: 'due', label: 'Due cards' },
  { value: 'weak', label: 'Cards for my weakest objectives' },
];

export function ReviewModePicker({
  mode,
  dueRef,
  onMode,
}: {
  mode: ReviewMode;
  /** The "Due cards" radio, focused when the learner goes back to due cards from elsewhere. */
  dueRef?: Ref<HTMLInputElement>;
  onMode: (mode: ReviewMode) => void;
}) {
  return (
    <fieldset class="review__mode">
      <legend>Review</legend>
      {MODES.map(({ value, label }) => (
        <label key={value}>
          <input
            ref={value === 'due' ? dueRef : undefined}
            type="radio"
            name="review-mode"
            value={value}
            checked={mode === value}
            onChange={() => onMode(value)}
          />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}
