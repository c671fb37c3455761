/**
 * Where Listen is, in words that outlive an edit of the chapter: the section's heading id and
 * the sentence within that section (listen-prefs.ts saves it), and back to a chunk.
 */
import type { Chunk } from './listen-chunks';
import type { ListenPosition } from './listen-prefs';

/** The position of chunk `index`; `sectionId(first chunk of the section)` names the section. */
export function positionOf(
  chunks: readonly Chunk[],
  index: number,
  section: { id: string; title: string },
  at: number,
): ListenPosition {
  const chunk = chunks[index]!;
  const first = chunks[chunk.section]!;
  return {
    section: section.id,
    sentence: chunk.sentence - first.sentence,
    title: section.title,
    at,
  };
}

/**
 * The first chunk of the saved sentence, or of the last sentence of its section when the
 * section got shorter; undefined when the section is gone.
 */
export function chunkAt(
  chunks: readonly Chunk[],
  position: Pick<ListenPosition, 'section' | 'sentence'>,
  sectionId: (firstChunk: number) => string,
): number | undefined {
  const start = chunks.findIndex(
    (chunk, index) => chunk.section === index && sectionId(index) === position.section,
  );
  if (start === -1) return undefined;
  const wanted = chunks[start]!.sentence + position.sentence;
  let found = start;
  for (let index = start; index < chunks.length && chunks[index]!.section === start; index += 1) {
    if (chunks[index]!.sentence > wanted) break;
    if (chunks[index]!.sentence !== chunks[found]!.sentence) found = index;
  }
  return found;
}
