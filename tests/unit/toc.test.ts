import { describe, expect, test } from 'vitest';
import { anchorBlocks, tocWithBlocks, type TocEntry } from '../../src/lib/toc';

const entry = (slug: string, depth = 2, children: TocEntry[] = []): TocEntry => ({
  depth,
  slug,
  text: slug,
  children,
});

describe('anchorBlocks', () => {
  test('returns stable anchors, numbered when a second quiz or a heading takes the name', () => {
    const blocks = anchorBlocks(
      [
        { kind: 'quiz', title: 'Check your understanding', headingsBefore: 1 },
        { kind: 'flashcards', title: 'Key terms', headingsBefore: 2 },
        { kind: 'quiz', title: 'Check your understanding', headingsBefore: 3 },
      ],
      ['flashcards'],
    );
    expect(blocks.map((block) => block.anchor)).toEqual([
      'check-your-understanding',
      'flashcards-1',
      'check-your-understanding-1',
    ]);
  });
});

describe('tocWithBlocks', () => {
  const headings = [
    { slug: 'a', depth: 2 },
    { slug: 'a-detail', depth: 3 },
    { slug: 'b', depth: 2 },
  ];
  const toc = [entry('_top'), entry('a', 2, [entry('a-detail', 3)]), entry('b')];

  test('returns each block after the top-level section it sits in, in document order', () => {
    const blocks = anchorBlocks(
      [
        { kind: 'quiz', title: 'Quick check', headingsBefore: 2 },
        { kind: 'flashcards', title: 'Key terms', headingsBefore: 3 },
        { kind: 'quiz', title: 'Check your understanding', headingsBefore: 3 },
      ],
      headings.map((heading) => heading.slug),
    );
    expect(tocWithBlocks(toc, headings, blocks).map((item) => item.slug)).toEqual([
      '_top',
      'a',
      'quick-check',
      'b',
      'flashcards',
      'check-your-understanding',
    ]);
  });

  test('returns a block before every heading right after "Overview"', () => {
    const blocks = anchorBlocks([{ kind: 'quiz', title: 'Warm-up', headingsBefore: 0 }], []);
    expect(tocWithBlocks(toc, headings, blocks).map((item) => item.slug)).toEqual([
      '_top',
      'warm-up',
      'a',
      'b',
    ]);
  });
});
