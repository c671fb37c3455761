import { describe, expect, test } from 'vitest';
import { addTry } from '../../src/lib/attempts';
import { runTally, startRun } from '../../src/lib/practice';
import {
  cardText,
  gapHeight,
  nearInGap,
  nextToRender,
  plainText,
  reservedHeight,
  segments,
  withReason,
} from '../../src/lib/practice-render';
import { emptyProgress, saveAttempt } from '../../src/lib/progress';
import type { QuestionView } from '../../src/lib/quiz-view';

const order = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('nextToRender', () => {
  test('returns the near questions not rendered yet, in the run’s order, a few at a time', () => {
    const near = new Set(['e', 'b', 'c', 'd']);
    expect(nextToRender(order, near, new Set(['b']), 2)).toEqual(['c', 'd']);
    expect(nextToRender(order, near, new Set(['b', 'c', 'd']), 2)).toEqual(['e']);
  });

  test('returns nothing when every near question is rendered', () => {
    expect(nextToRender(order, new Set(['a']), new Set(['a']))).toEqual([]);
  });
});

describe('segments', () => {
  test('returns a card per rendered question and one gap per run of the others', () => {
    expect(segments(order, new Set(['b', 'c', 'f']))).toEqual([
      { kind: 'gap', start: 0, ids: ['a'] },
      { kind: 'card', id: 'b', index: 1 },
      { kind: 'card', id: 'c', index: 2 },
      { kind: 'gap', start: 3, ids: ['d', 'e'] },
      { kind: 'card', id: 'f', index: 5 },
    ]);
    expect(segments(order, new Set())).toEqual([{ kind: 'gap', start: 0, ids: order }]);
  });
});

describe('nearInGap', () => {
  // A gap 1,000 px tall for four questions of 100, 300, 100 and 500 units: they share it as
  // 0–100, 100–400, 400–500 and 500–1,000 px.
  const heights = [100, 300, 100, 500];
  const gap = { top: 0, bottom: 1000 };

  test('returns the questions whose share of the gap lies within the band', () => {
    expect(nearInGap(heights, gap, { top: 150, bottom: 450 })).toEqual([1, 2]);
    expect(nearInGap(heights, gap, { top: -800, bottom: 50 })).toEqual([0]);
    expect(nearInGap(heights, { top: 2000, bottom: 4000 }, { top: 0, bottom: 2100 })).toEqual([0]);
  });

  test('returns nothing for a gap outside the band or without height', () => {
    expect(nearInGap(heights, gap, { top: 1200, bottom: 2000 })).toEqual([]);
    expect(nearInGap([], gap, { top: 0, bottom: 1000 })).toEqual([]);
  });
});

const choice: QuestionView = {
  id: 'lr',
  promptHtml: 'Which <em>learning rate</em> is too high?',
  review: { href: '/c/#lr', title: 'Learning rate' },
  chapter: { id: 'c', title: 'Training', href: '/c/' },
  kind: 'choice',
  selectAll: false,
  options: [
    { index: 0, html: '<code>1e-2</code>', correct: true, whyHtml: 'It diverges.' },
    { index: 1, html: '1e-5 &amp; below', correct: false, whyHtml: 'It trains.' },
  ],
};

describe('cardText and reservedHeight', () => {
  test('returns the card’s first line, prompt and options as text', () => {
    expect(cardText(choice, 3, 144)).toEqual({
      heading: 'Question 3 of 144 · Training Which learning rate is too high?',
      options: ['1e-2', '1e-5   below'],
    });
    expect(plainText('<a href="/x/">x</a> &lt; y')).toBe('x   y');
  });

  test('reserves more room for longer prompts, more options and a narrow column', () => {
    const short = reservedHeight({ heading: 'Short?', options: ['a', 'b'] });
    const long = reservedHeight({ heading: 'Long '.repeat(60), options: ['a', 'b'] });
    const more = reservedHeight({ heading: 'Short?', options: ['a', 'b', 'c', 'd'] });
    expect(long.narrow).toBeGreaterThan(short.narrow);
    expect(more.narrow).toBeGreaterThan(short.narrow);
    expect(long.narrow).toBeGreaterThan(long.wide);
    // A numeric question: its answer box instead of options.
    expect(reservedHeight({ heading: 'How many steps?', options: [] })).toEqual({
      narrow: 15.5,
      wide: 13.75,
    });
  });

  test('adds a line for the reason a planned set asks a question, and nothing without one', () => {
    const plain = reservedHeight(cardText(choice, 3, 10));
    const planned = withReason(plain, 'missed 3 days ago');
    expect(planned.narrow).toBeGreaterThan(plain.narrow);
    expect(planned.wide).toBeGreaterThan(plain.wide);
    expect(withReason(plain, undefined)).toBe(plain);
  });

  test('a gap keeps its cards’ room and the space between them', () => {
    expect(
      gapHeight([
        { narrow: 30, wide: 20 },
        { narrow: 10, wide: 8 },
      ]),
    ).toEqual({ narrow: 41.5, wide: 29.5 });
    expect(gapHeight([])).toEqual({ narrow: 0, wide: 0 });
  });
});

describe('the running score', () => {
  test('counts saved answers to every question of the run, whether its card rendered or not', () => {
    let progress = startRun(emptyProgress('seed'), order, 'all', 100);
    const rendered = new Set(
      nextToRender(progress.practice.current!.ids, new Set(order), new Set()),
    );
    const notRendered = order.find((id) => !rendered.has(id))!;
    for (const id of [...rendered, notRendered]) {
      progress = saveAttempt(
        progress,
        id,
        addTry(undefined, { at: 200, picked: [0], correct: true }),
      );
    }
    expect(runTally(progress, progress.practice.current!)).toMatchObject({
      total: 6,
      answered: 3,
      firstTry: 3,
    });
  });
});
