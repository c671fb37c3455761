/**
 * The card after a chapter's last question: how the quiz went, whether the chapter now counts as
 * done (src/lib/chapter-status.ts), the flashcards waiting, and the way on.
 */
import type { Tally } from '../../lib/attempts';
import { PASS_SHARE, passes } from '../../lib/chapter-status';

export interface ChapterCompleteProps {
  score: Tally;
  /** Cards due again, and cards never studied, in this chapter. */
  waiting: { due: number; fresh: number };
  /** The chapter deck's anchor on this page, when the chapter has one. */
  deckHref: string | undefined;
  next: { title: string; href: string } | undefined;
  practiceHref: string;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function cardsLine({ due, fresh }: ChapterCompleteProps['waiting']): string | undefined {
  const parts = [
    due > 0 && `${plural(due, 'flashcard is', 'flashcards are')} due again`,
    fresh > 0 &&
      `${plural(fresh, 'flashcard', 'flashcards')} ${fresh === 1 ? 'is' : 'are'} new to you`,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', and ')}.` : undefined;
}

export function ChapterComplete({
  score,
  waiting,
  deckHref,
  next,
  practiceHref,
}: ChapterCompleteProps) {
  const needed = Math.ceil(PASS_SHARE * score.total);
  const cards = cardsLine(waiting);
  return (
    <section class="chapter-complete" aria-labelledby="chapter-complete-title">
      <h3 id="chapter-complete-title">Chapter complete</h3>
      <p>
        You answered all {plural(score.total, 'question', 'questions')}: {score.firstTry} right the
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
