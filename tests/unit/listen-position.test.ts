import { describe, expect, test } from 'vitest';
import { chunksOf } from '../support/listen';
import { chunkAt, positionOf } from '../../src/lib/listen-position';

/** Sections at chunks 0 ("_top") and 3 ("tokens"); sentence 4 is two chunks long. */
const chunks = chunksOf([
  [0, 0],
  [1, 0],
  [2, 0],
  [3, 3],
  [4, 3],
  [4, 3],
  [5, 3],
]);
const ids = new Map([
  [0, '_top'],
  [3, 'tokens'],
]);
const sectionId = (first: number) => ids.get(first) ?? '';

describe('positionOf', () => {
  test('names the section and counts sentences from its heading', () => {
    expect(positionOf(chunks, 5, { id: 'tokens', title: 'Tokens' }, 9)).toEqual({
      section: 'tokens',
      sentence: 1,
      title: 'Tokens',
      at: 9,
    });
  });
});

describe('chunkAt', () => {
  test('finds the first chunk of the saved sentence', () => {
    expect(chunkAt(chunks, { section: 'tokens', sentence: 1 }, sectionId)).toBe(4);
    expect(chunkAt(chunks, { section: '_top', sentence: 2 }, sectionId)).toBe(2);
  });

  test('stops at the section’s last sentence when it got shorter, and gives up on a lost section', () => {
    expect(chunkAt(chunks, { section: 'tokens', sentence: 40 }, sectionId)).toBe(6);
    expect(chunkAt(chunks, { section: 'gone', sentence: 0 }, sectionId)).toBeUndefined();
  });
});
