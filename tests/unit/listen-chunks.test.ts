import { describe, expect, test } from 'vitest';
import {
  chunkBlocks,
  chunkLimit,
  firstChunkOf,
  MAX_CHUNK,
  sectionTitles,
  sentenceSpans,
  splitAtWords,
} from '../../src/lib/listen-chunks';

describe('sentenceSpans', () => {
  test('splits with Intl.Segmenter and trims each sentence', () => {
    const text = 'Models read tokens.  Each costs money! Why? Version 3.1 works';
    const spans = sentenceSpans(text, 'en');
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual([
      'Models read tokens.',
      'Each costs money!',
      'Why?',
      'Version 3.1 works',
    ]);
  });
});

describe('splitAtWords', () => {
  test('cuts a long sentence at spaces, each piece at most the limit', () => {
    const text = Array.from({ length: 120 }, (_, index) => `word${index}`).join(' ');
    const pieces = splitAtWords(text, 0, text.length);
    expect(pieces.length).toBeGreaterThan(1);
    for (const [start, end] of pieces) {
      expect(end - start).toBeLessThanOrEqual(MAX_CHUNK);
      expect(text.slice(start, end)).toMatch(/^word\d+( word\d+)*$/);
    }
    expect(pieces.map(([start, end]) => text.slice(start, end)).join(' ')).toBe(text);
  });

  test('cuts a single word longer than the limit where it must', () => {
    expect(splitAtWords('x'.repeat(450), 0, 450)).toEqual([
      [0, 200],
      [200, 400],
      [400, 450],
    ]);
  });
});

describe('chunkBlocks', () => {
  const blocks = [
    { text: 'Title', heading: true },
    { text: 'First   sentence.\nSecond one.', heading: false },
    { text: 'Tokens', heading: true },
    { text: `${'long '.repeat(60)}end.`, heading: false },
  ];

  test('gives every chunk its block, sentence, span and section, with whitespace collapsed', () => {
    const chunks = chunkBlocks(blocks, 'en');
    expect(chunks.slice(0, 4)).toEqual([
      { text: 'Title', block: 0, sentence: 0, start: 0, end: 5, section: 0 },
      { text: 'First sentence.', block: 1, sentence: 1, start: 0, end: 17, section: 0 },
      { text: 'Second one.', block: 1, sentence: 2, start: 18, end: 29, section: 0 },
      { text: 'Tokens', block: 2, sentence: 3, start: 0, end: 6, section: 3 },
    ]);
    const long = chunks.filter((chunk) => chunk.block === 3);
    expect(long.length).toBe(2);
    expect(new Set(long.map((chunk) => chunk.sentence))).toEqual(new Set([4]));
    for (const chunk of chunks) expect(chunk.text.length).toBeLessThanOrEqual(MAX_CHUNK);
  });

  test('names each section by its heading', () => {
    const chunks = chunkBlocks(blocks, 'en');
    expect([...sectionTitles(chunks, blocks)]).toEqual([
      [0, 'Title'],
      [3, 'Tokens'],
    ]);
  });
});

describe('chunkLimit and firstChunkOf', () => {
  test('slower speeds get shorter chunks, and a sentence is found again after cutting anew', () => {
    expect([0.75, 1, 1.25, 2].map(chunkLimit)).toEqual([126, 168, 200, 200]);
    const blocks = [{ text: `Short one. ${'word '.repeat(60)}end.`, heading: false }];
    const slow = chunkBlocks(blocks, 'en', chunkLimit(0.75));
    const fast = chunkBlocks(blocks, 'en', chunkLimit(2));
    expect(slow.length).toBeGreaterThan(fast.length);
    for (const chunk of slow) expect(chunk.text.length).toBeLessThanOrEqual(126);
    expect(slow[firstChunkOf(slow, 1)]!.start).toBe(fast[firstChunkOf(fast, 1)]!.start);
  });
});
