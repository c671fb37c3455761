import type { OptionVerdict } from '../../lib/scoring';

const LABELS: Record<OptionVerdict, string> = {
  'correct-picked': 'Your answer: correct.',
  'wrong-picked': 'Your answer: incorrect.',
  'correct-missed': 'Correct answer you did not pick.',
  'wrong-skipped': 'Not a correct answer.',
};

/** An icon plus words for an option's result, so colour is never the only signal. */
export function Verdict({ verdict }: { verdict: OptionVerdict }) {
  const right = verdict === 'correct-picked' || verdict === 'correct-missed';
  return (
    <strong class={`quiz-verdict quiz-verdict--${verdict}`}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
        {right ? (
          <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" stroke-width="2" />
        ) : (
          <path d="M4 4l8 8M12 4l-8 8" fill="none" stroke="currentColor" stroke-width="2" />
        )}
      </svg>{' '}
      {LABELS[verdict]}
    </strong>
  );
}
