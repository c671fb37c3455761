/**
 * The progress page's chapters: each with its state, a bar for its questions (right the first
 * time, after a hint, missed, not answered) and one for its cards (by FSRS state), and the
 * questions to revisit folded into a disclosure. The bars are drawn with CSS and hidden from
 * assistive technology; the sentence beside each says the same in words.
 */
import { CARD_STATE_LABELS, type CardState } from '../../lib/card-state';
import { CHAPTER_STATE_LABELS, type ChapterState } from '../../lib/chapter-state';
import type { ChapterProgress, ProgressQuestion } from '../../lib/progress-summary';

interface Segment {
  /** Picks the segment's fill pattern (progress.css). */
  kind: string;
  count: number;
}

function StackedBar({ segments, total }: { segments: Segment[]; total: number }) {
  return (
    <div class="stacked-bar" aria-hidden="true">
      {segments
        .filter((segment) => segment.count > 0)
        .map((segment) => (
          <span
            key={segment.kind}
            class={`stacked-bar__part stacked-bar__part--${segment.kind}`}
            style={{ inlineSize: `${(100 * segment.count) / Math.max(total, 1)}%` }}
          />
        ))}
    </div>
  );
}

function words(parts: [number, string][]): string {
  return parts
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} ${label}`)
    .join(', ');
}

const CARD_ORDER: CardState[] = ['review', 'learning', 'relearning', 'due', 'new'];

export interface ChapterRow extends ChapterProgress {
  state: ChapterState;
}

export function ChapterProgressList({ rows }: { rows: ChapterRow[] }) {
  return (
    <ol class="progress-chapters">
      {rows.map((row) => {
        const total = row.questions.length;
        const missed = row.answered - row.firstTry - row.afterRetry;
        const cardTotal = row.cardIds.length;
        const toRevisit = row.missed.length + row.unanswered.length;
        return (
          <li key={row.id} class="progress-chapter" data-progress={row.state}>
            <h3>
              <a href={row.href}>{row.title}</a>
            </h3>
            <p class="progress-chapter__state">{CHAPTER_STATE_LABELS[row.state]}</p>
            {total > 0 && (
              <div class="progress-chapter__measure">
                <StackedBar
                  total={total}
                  segments={[
                    { kind: 'solid', count: row.firstTry },
                    { kind: 'striped', count: row.afterRetry },
                    { kind: 'dotted', count: missed },
                  ]}
                />
                <p>
                  Questions: {row.firstTry} of {total} right the first time
                  {[
                    [row.afterRetry, 'after a hint'],
                    [missed, 'missed'],
                    [total - row.answered, 'not answered'],
                  ]
                    .filter(([count]) => (count as number) > 0)
                    .map(([count, label]) => `, ${count} ${label}`)
                    .join('')}
                  .
                </p>
              </div>
            )}
            {cardTotal > 0 && (
              <div class="progress-chapter__measure">
                <StackedBar
                  total={cardTotal}
                  segments={[
                    { kind: 'solid', count: row.cards.review },
                    { kind: 'striped', count: row.cards.learning + row.cards.relearning },
                    { kind: 'dotted', count: row.cards.due },
                  ]}
                />
                <p>
                  Flashcards:{' '}
                  {words(CARD_ORDER.map((state) => [row.cards[state], CARD_STATE_LABELS[state]]))}.
                </p>
              </div>
            )}
            {toRevisit > 0 && row.state !== 'not-started' && (
              <details>
                <summary>Questions to revisit ({toRevisit})</summary>
                {row.missed.length > 0 && (
                  <QuestionLinks label="Not right the first time" items={row.missed} />
                )}
                {row.unanswered.length > 0 && (
                  <QuestionLinks label="Not answered yet" items={row.unanswered} />
                )}
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function QuestionLinks({ label, items }: { label: string; items: ProgressQuestion[] }) {
  return (
    <>
      <h4>{label}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={item.href}>{item.prompt}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
