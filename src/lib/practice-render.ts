/**
 * Which practice questions are rendered as full question cards, and how much room the others
 * keep. The practice test asks every question of the course (144 and growing); rendering them
 * all at load blocks a phone's main thread for over a second. So a question renders once it
 * comes near the viewport, a few per task. Until then, each run of questions not rendered yet
 * is one empty gap of about their height (one element, however many questions: a placeholder
 * each cost more style work at load than the cards near the screen), so the page is about as
 * long as it will be and nothing on screen moves when a card appears. Once rendered, a card
 * stays: the learner's focus and ticks are never taken away.
 *
 * The score never depends on this: it is counted from saved progress over every question of the
 * run (runTally in practice.ts), rendered or not.
 *
 * The heights are estimated from each question's text at build time (cardText, reservedHeight;
 * /practice/questions.json carries them), so the browser does arithmetic, not text measuring,
 * in the task that first draws the test.
 */
import type { QuestionView } from './quiz-view';

/** Cards rendered per task: two take about 20 ms on a phone, well under a 50 ms long task. */
export const CARDS_PER_TASK = 2;

/**
 * The next questions to render: those seen near the viewport and not rendered yet, in the run's
 * order (so the one nearest the top of the page comes first), at most `max`.
 */
export function nextToRender(
  order: readonly string[],
  near: ReadonlySet<string>,
  rendered: ReadonlySet<string>,
  max = CARDS_PER_TASK,
): string[] {
  const next: string[] = [];
  for (const id of order) {
    if (next.length >= max) break;
    if (near.has(id) && !rendered.has(id)) next.push(id);
  }
  return next;
}

/** The list as rendered: a card per rendered question, a gap per run of the others. */
export type Segment =
  { kind: 'card'; id: string; index: number } | { kind: 'gap'; start: number; ids: string[] };

export function segments(order: readonly string[], rendered: ReadonlySet<string>): Segment[] {
  const result: Segment[] = [];
  order.forEach((id, index) => {
    const last = result.at(-1);
    if (rendered.has(id)) result.push({ kind: 'card', id, index });
    else if (last?.kind === 'gap') last.ids.push(id);
    else result.push({ kind: 'gap', start: index, ids: [id] });
  });
  return result;
}

/** A vertical extent on the page, in pixels from the top of the viewport. */
export interface Extent {
  top: number;
  bottom: number;
}

/**
 * Which questions of a gap lie within `band` (the viewport and its margin), by index in the
 * gap. The gap is shared out among its questions in proportion to their reserved heights, as
 * their cards will share it; an estimate, which is why the band reaches well beyond the screen.
 */
export function nearInGap(heights: readonly number[], gap: Extent, band: Extent): number[] {
  const total = heights.reduce((sum, height) => sum + height, 0);
  if (total <= 0) return [];
  const scale = (gap.bottom - gap.top) / total;
  const near: number[] = [];
  let top = gap.top;
  heights.forEach((height, index) => {
    const bottom = top + height * scale;
    if (bottom >= band.top && top <= band.bottom) near.push(index);
    top = bottom;
  });
  return near;
}

/** What the size of a question card depends on. */
export interface CardText {
  /** The card's first line ("Question 3 of 144 · chapter") and prompt, as text. */
  heading: string;
  /** Each option's text; none for a numeric question. */
  options: readonly string[];
}

/** A practice card's text, as QuestionCard shows it. */
export function cardText(question: QuestionView, number: number, total: number): CardText {
  const chapter = question.chapter ? ` · ${question.chapter.title}` : '';
  return {
    heading: `Question ${number} of ${total}${chapter} ${plainText(question.promptHtml)}`,
    options: question.kind === 'choice' ? question.options.map(({ html }) => plainText(html)) : [],
  };
}

/** The lines `text` wraps to at about `perLine` characters a line; at least one. */
const lines = (text: string, perLine: number) => Math.max(1, Math.ceil(text.length / perLine));
/** Heights are kept to a quarter rem: an estimate claims no more. */
const round = (rem: number) => Math.round(rem * 4) / 4;

/** A card's height in rem on a narrow (phone) and a wide (laptop) column. */
export interface ReservedHeight {
  narrow: number;
  wide: number;
}

/**
 * About how tall a question card will be. Fitted on the course's own cards, measured in Chromium
 * at 375 px and 1,280 px (a mean error of about 1 rem and 0.4 rem): the padding, the
 * buttons, the lines the prompt and each option wrap to, and each option's box. An estimate is
 * enough, because cards render before they scroll into view, where a change of height moves
 * nothing the learner sees.
 */
export function reservedHeight({ heading, options }: CardText): ReservedHeight {
  const optionLines = (perLine: number) =>
    options.reduce((sum, option) => sum + lines(option, perLine), 0);
  if (options.length === 0) {
    return {
      narrow: round(14.5 + 1.05 * lines(heading, 26)),
      wide: round(12.25 + 1.45 * lines(heading, 106)),
    };
  }
  return {
    narrow: round(7.2 + 1.95 * lines(heading, 38) + 1.4 * optionLines(32) + 2.35 * options.length),
    wide: round(8.1 + 1.9 * lines(heading, 116) + 1.75 * optionLines(82) + 1.75 * options.length),
  };
}

/**
 * A card's height with the line that says why a "Practice for me" set asks it (small italic text
 * with its margins, .quiz-question__reason in quiz.css; not fitted like the rest). The build
 * reserves each card's height without it (practice-questions-route.ts), since only a planned
 * set has reasons, and the island adds it.
 */
export function withReason(height: ReservedHeight, reason: string | undefined): ReservedHeight {
  if (!reason) return height;
  const line = `Why this one: ${reason}.`;
  return {
    narrow: round(height.narrow + 0.375 + 1.3 * lines(line, 40)),
    wide: round(height.wide + 0.375 + 1.3 * lines(line, 120)),
  };
}

/** The text of an HTML fragment from renderInlineMarkdown, for measuring only (tags dropped). */
export function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&[a-z]+;|&#\d+;/gi, ' ');
}

/** Space between two cards in the practice list (src/styles/practice.css), in rem. */
export const CARD_SPACING = 1.5;

/** The room a gap keeps for its questions: their cards and the space between them. */
export function gapHeight(heights: readonly ReservedHeight[]): ReservedHeight {
  const spacing = CARD_SPACING * Math.max(0, heights.length - 1);
  return {
    narrow: heights.reduce((sum, height) => sum + height.narrow, spacing),
    wide: heights.reduce((sum, height) => sum + height.wide, spacing),
  };
}
