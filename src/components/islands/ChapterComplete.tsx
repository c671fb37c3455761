/**
 * The card after a chapter's last question: how the quiz went, whether the chapter now counts as
 * done (src/lib/chapter-pass.ts), the flashcards waiting, and the way on. The quiz loads this
 * file when the chapter's last question is answered, since most visits never get there.
 */
import type { Tally } from '../../lib/attempts';
import { cardsWaiting, PASS_SHARE, passes } from '../../lib/chapter-pass';
import type { Progress } from '../../lib/progress';
import { countOf } from '../../lib/plural';

export interface ChapterCompleteProps {
  score: Tally;
  progress: Progress;
  /** The chapter's cards: how many are due again, or never studied, is shown. */
  cardIds: string[];
  /** The chapter deck's anchor on this page, when the chapter has one. */
  deckHref: string | undefined;
  next: { title: string; href: string } | undefined;
  practiceHref: string;
}

function cardsLine({ due, fresh }: { due: number; fresh: number }): string | undefined {
  const parts = [
    due > 0 && `${countOf(due, 'flashcard is', 'flashcards are')} due again`,
    fresh > 0 &&
      `${countOf(fresh, 'flashcard', 'flashcards')} ${fresh === 1 ? 'is' : 'are'} new to you`,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', and ')}.` : undefined;
}

export function ChapterComplete({
  score,
  progress,
  cardIds,
  deckHref,
  next,
  practiceHref,
}: ChapterCompleteProps) {
  const needed = Math.ceil(PASS_SHARE * score.total);
  const cards = cardsLine(cardsWaiting(progress, cardIds, Date.now()));
  return (
    <section class="chapter-complete" aria-labelledby="chapter-complete-title">
      <h3 id="chapter-complete-title">Chapter complete</h3>
      <p>
        You answered all {countOf(score.total, 'question', 'questions')}: {score.firstTry} right the
        first time.{' '}
        {passes(score)
          ? 'This chapter now shows as done in the course menu.'
          : `The chapter counts as done at ${needed} right the first time; reset the questions another day and try again.`}
      </p>
      {cards && (
        <p>
          {cards} {deckHref ? <a href={deckHref}>Study them in this chapter’s deck.</a> : null}
        </p>
      )}
      <p>
        {next ? (
          <a href={next.href} class="course-button">
            Next chapter: {next.title}
          </a>
        ) : (
          <>
            That was the last chapter. <a href={practiceHref}>Take the practice test</a> to check
            yourself across the whole course.
          </>
        )}
      </p>
    </section>
  );
}
