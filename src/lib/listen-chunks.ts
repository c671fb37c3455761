/**
 * Listen's queue: the chapter's blocks (listen-text.ts) cut into sentences with Intl.Segmenter,
 * and sentences cut into chunks of at most MAX_CHUNK characters at word boundaries. The player
 * speaks one utterance per chunk: Chrome stops speaking, silently, an utterance that runs past
 * about 15 seconds (the watchdog, listen-watchdog.ts, recovers, but by saying the chunk again).
 * So slower speeds get shorter chunks (`chunkLimit`): a chunk should end within about 14 s even
 * for a slow voice, and at 0.75× 200 characters would not.
 *
 * Offsets are into the block's text as it is in the page (its text nodes joined), so a chunk's
 * sentence can be highlighted; the spoken text has its whitespace collapsed.
 */

export const MAX_CHUNK = 200;
/** Characters a slow voice says in 14 s at 1× (12 a second, as listen-watchdog.ts assumes). */
const SAFE_AT_1X = 168;

/** The longest chunk for a speed: 126 characters at 0.75×, 168 at 1×, 200 from 1.25×. */
export function chunkLimit(rate: number): number {
  return Math.min(MAX_CHUNK, Math.floor(SAFE_AT_1X * rate));
}

/** What chunking needs of a block: its text, and whether it opens a section. */
export interface ChunkSource {
  text: string;
  heading: boolean;
}

export interface Chunk {
  /** What is spoken: whitespace collapsed. */
  text: string;
  /** The block it comes from (an index into the blocks). */
  block: number;
  /** Its sentence, counted across the chapter; every chunk of a sentence shares it. */
  sentence: number;
  /** The sentence's span in its block's text, for the highlight. */
  start: number;
  end: number;
  /** The section it belongs to: the index of the heading chunk that opened it (0 before any). */
  section: number;
}

/** Sentence spans of `text`, trimmed, without empty ones. */
export function sentenceSpans(text: string, lang: string): [number, number][] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const spans: [number, number][] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trail = segment.length - segment.trimEnd().length;
    if (segment.trim() !== '') spans.push([index + lead, index + segment.length - trail]);
  }
  return spans;
}

/**
 * Cuts [start, end) of `text` into pieces of at most `max` characters, each ending at a space
 * when one exists (a single word longer than `max`, like a long URL, is cut where it must be).
 */
export function splitAtWords(text: string, start: number, end: number, max = MAX_CHUNK) {
  const pieces: [number, number][] = [];
  let from = start;
  while (end - from > max) {
    const window = text.slice(from, from + max + 1);
    const space = window.search(/\s\S*$/);
    const cut = space > 0 ? from + space : from + max;
    pieces.push([from, cut]);
    from = cut;
    while (from < end && /\s/.test(text[from]!)) from += 1;
  }
  if (end > from) pieces.push([from, end]);
  return pieces;
}

const spoken = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The chapter's chunks, in reading order. */
export function chunkBlocks(
  blocks: readonly ChunkSource[],
  lang: string,
  max = MAX_CHUNK,
): Chunk[] {
  const chunks: Chunk[] = [];
  let sentence = -1;
  let section = 0;
  blocks.forEach((block, index) => {
    if (block.heading) section = chunks.length;
    for (const [start, end] of sentenceSpans(block.text, lang)) {
      sentence += 1;
      for (const [from, to] of splitAtWords(block.text, start, end, max)) {
        const text = spoken(block.text.slice(from, to));
        if (text) chunks.push({ text, block: index, sentence, start, end, section });
      }
    }
  });
  return chunks;
}

/** The section titles, by the index of their first chunk (the headings' text). */
export function sectionTitles(chunks: readonly Chunk[], blocks: readonly ChunkSource[]) {
  const titles = new Map<number, string>();
  for (const chunk of chunks) {
    const block = blocks[chunk.block]!;
    if (block.heading && !titles.has(chunk.section)) titles.set(chunk.section, spoken(block.text));
  }
  return titles;
}

/** The first chunk of `sentence` (sentences are numbered the same whatever the chunk size). */
export function firstChunkOf(chunks: readonly Chunk[], sentence: number): number {
  return Math.max(
    chunks.findIndex((chunk) => chunk.sentence >= sentence),
    0,
  );
}
