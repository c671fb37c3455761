/** The progress page's suggested next step (src/lib/next-action.ts), as one prominent link. */
import type { NextAction } from '../../lib/next-action';
import { countOf } from '../../lib/plural';

export interface NextStepProps {
  action: NextAction;
  reviewHref: string;
  practiceHref: string;
}

function describe(action: NextAction, reviewHref: string, practiceHref: string) {
  switch (action.kind) {
    case 'start':
      return {
        why: 'Nothing is saved yet. Each chapter ends with questions and flashcards; as you answer and study them, this page shows how each chapter is going and what to do next.',
        href: action.chapter.href,
        label: `Start with chapter 1: ${action.chapter.title}`,
      };
    case 'review':
      return {
        why: 'Reviewing cards when they fall due is what makes them stick.',
        href: reviewHref,
        label: `Review the ${countOf(action.due, 'flashcard', 'flashcards')} due now`,
      };
    case 'retry':
      return {
        why: `${countOf(action.missed, 'question was', 'questions were')} not right the first time. In the practice test, choose “Missed” to try them again.`,
        href: practiceHref,
        label: 'Retry them in the practice test',
      };
    case 'continue':
      return {
        why: 'Pick up where you left off.',
        href: action.chapter.href,
        label: `Continue: ${action.chapter.title}`,
      };
    case 'practice':
      return {
        why: 'Every chapter is done. Check yourself across the whole course.',
        href: practiceHref,
        label: 'Take the practice test',
      };
  }
}

export function NextStep({ action, reviewHref, practiceHref }: NextStepProps) {
  const { why, href, label } = describe(action, reviewHref, practiceHref);
  return (
    <section class="progress-next" aria-labelledby="progress-next-title">
      <h2 id="progress-next-title">Your next step</h2>
      <p>{why}</p>
      <p>
        <a class="course-button" href={href}>
          {label}
        </a>
      </p>
    </section>
  );
}
