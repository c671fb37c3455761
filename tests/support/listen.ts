// Listen's chunks for unit tests, from (sentence, section start) pairs: the text, block and
// offsets do not matter to the cursor and position logic under test.
import type { Chunk } from '../../src/lib/listen-chunks';

export function chunksOf(
  pairs: readonly (readonly [sentence: number, section: number])[],
): Chunk[] {
  return pairs.map(([sentence, section], index) => ({
    text: `chunk ${index}`,
    block: 0,
    sentence,
    start: 0,
    end: 1,
    section,
  }));
}
