/**
 * The practice run's questions: a card for each question near the viewport or rendered
 * before, and a gap of about their height for the others (use-near-viewport.ts,
 * src/lib/practice-render.ts). A component of its own, so rendering two more cards renders
 * only this list, not the filters and the results around it.
 */
import type { VNode } from 'preact';
import { useMemo, useRef } from 'preact/hooks';
import type { Attempt, Try } from '../../lib/attempts';
import { segments, withReason, type ReservedHeight } from '../../lib/practice-render';
import type { QuestionView } from '../../lib/quiz-view';
import { numericKit } from './numeric-kit';
import { PendingQuestions } from './PendingQuestions';
import { QuestionCard } from './QuestionCard';
import { useRenderNearViewport } from './use-near-viewport';

export interface PracticeListProps {
  /** The run's questions, in the run's order. */
  asked: QuestionView[];
  /** When the run started: a new attempt renders new cards. */
  runStartedAt: number;
  /** The room each question's card keeps until it renders, by id, as the build estimated it. */
  reserved: ReadonlyMap<string, ReservedHeight>;
  /** Why each question is in a "Practice for me" set, by id; absent in the practice test. */
  reasons?: Readonly<Record<string, string>> | undefined;
  attempt: (questionId: string) => Attempt | undefined;
  recordTry: (questionId: string, next: Try) => void;
  recordReveal: (questionId: string) => void;
}

export function PracticeList(props: PracticeListProps) {
  const { asked, runStartedAt } = props;
  const { order, heights, narrow } = useMemo(() => {
    const reserved = asked.map((question) =>
      withReason(props.reserved.get(question.id)!, props.reasons?.[question.id]),
    );
    return {
      order: asked.map(({ id }) => id),
      heights: reserved,
      narrow: reserved.map((height) => height.narrow),
    };
    // A run's reasons are fixed when it starts, as its questions are.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [asked]);
  const { rendered, list } = useRenderNearViewport(order, narrow, runStartedAt);
  const cards = useRef(new Map<string, { attempt: Attempt | undefined; card: VNode }>());

  return (
    <div class="quiz" ref={list}>
      {segments(order, rendered).map((segment) => {
        if (segment.kind === 'gap') {
          const { start, ids } = segment;
          return (
            <PendingQuestions
              // A new element whenever the gap changes, so it reports where it is now.
              key={`${runStartedAt}-gap-${start}-${ids.length}`}
              start={start}
              heights={heights.slice(start, start + ids.length)}
            />
          );
        }
        const question = asked[segment.index]!;
        const attempt = props.attempt(question.id);
        const key = `${runStartedAt}-${question.id}`;
        // The same element as last time while its attempt is unchanged: Preact then skips the
        // card, so rendering two more cards does not render every earlier one again.
        const cached = cards.current.get(key);
        if (cached && cached.attempt === attempt) return cached.card;
        const card = (
          <QuestionCard
            key={key}
            question={question}
            number={segment.index + 1}
            total={asked.length}
            attempt={attempt}
            interactive
            showChapter
            reason={props.reasons?.[question.id]}
            onTry={(next) => props.recordTry(question.id, next)}
            onReveal={() => props.recordReveal(question.id)}
            numeric={numericKit}
          />
        );
        cards.current.set(key, { attempt, card });
        return card;
      })}
    </div>
  );
}
