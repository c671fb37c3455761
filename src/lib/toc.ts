/**
 * The quiz and the flashcard deck in the table of contents. Their headings are rendered by
 * islands, so Astro's heading list never has them: the course gives each a stable anchor
 * (`#check-your-understanding`, `#flashcards`) and adds it to "On this page" where the block
 * sits in the chapter, which also lets the phone's "On this page" bar name it.
 */
import GithubSlugger from 'github-slugger';

export type BlockKind = 'quiz' | 'flashcards';

/** A `<Quiz />` or `<Flashcards />` in a chapter, in document order. */
export interface BlockPlacement {
  kind: BlockKind;
  /** Its heading; the component's default when the chapter does not set `title`. */
  title: string;
  /** How many of the page's headings come before it. */
  headingsBefore: number;
}

export interface PlacedBlock extends BlockPlacement {
  anchor: string;
}

export const DEFAULT_TITLES: Record<BlockKind, string> = {
  quiz: 'Check your understanding',
  flashcards: 'Key terms',
};

/** Anchors that say what they are and never clash with a heading's (a second quiz gets "-1"). */
export function anchorBlocks(
  placements: readonly BlockPlacement[],
  headingSlugs: readonly string[],
): PlacedBlock[] {
  const slugger = new GithubSlugger();
  for (const slug of headingSlugs) slugger.slug(slug);
  return placements.map((placement) => ({
    ...placement,
    anchor: slugger.slug(placement.kind === 'quiz' ? placement.title : 'flashcards'),
  }));
}

/** The part of Starlight's TocItem the course reads and writes. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Returns the table of contents with each block after the top-level section it sits in (after
 * "Overview" when it comes before every heading). `headings` are the page's headings in order,
 * which `headingsBefore` counts.
 */
export function tocWithBlocks(
  items: readonly TocEntry[],
  headings: readonly { slug: string; depth: number }[],
  blocks: readonly PlacedBlock[],
): TocEntry[] {
  const top = items[0]?.depth ?? 2;
  const result = items.map((item) => ({ ...item, children: [...item.children] }));
  for (const block of blocks) {
    const before = headings
      .slice(0, block.headingsBefore)
      .filter((heading) => heading.depth <= top);
    const section = before.at(-1)?.slug;
    let at = section ? result.findIndex((item) => item.slug === section) : 0;
    if (at < 0) at = result.length - 1;
    // After the section and after any block already placed behind it.
    while (at + 1 < result.length && blocks.some((each) => each.anchor === result[at + 1]?.slug))
      at += 1;
    result.splice(at + 1, 0, { depth: top, slug: block.anchor, text: block.title, children: [] });
  }
  return result;
}
