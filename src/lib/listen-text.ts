/**
 * What Listen reads on a chapter page, in reading order: the title, headings, prose, list items,
 * figure descriptions and the learning objectives. Each block keeps the text nodes it was read
 * from, so the player can turn a sentence's offsets back into a DOM Range to highlight it.
 *
 * Not read, because they are not the chapter's text or would only be noise when spoken:
 * - the quiz and the deck (islands; learners answer them, they do not listen to them), the
 *   printed answer key and cards (`.print-only`), and any other island;
 * - visually hidden duplicates (`.sr-only`, such as "Section titled …" beside each heading),
 *   `aria-hidden` parts (icons) and `hidden` ones, scripts and styles;
 * - code, which is announced instead ("Code example skipped."), and tables ("Table skipped."),
 *   whose cells make no sense read one after another.
 * A figure is read from its drawing's description (Figure.astro's `<desc>`), then its caption.
 */

/** Subtrees that are never read. */
export const SKIPPED =
  'astro-island, .quiz, .deck, .print-only, .sr-only, [aria-hidden="true"], [hidden], script, style, template, button, .sl-anchor-link, listen-control';
/** Code blocks, announced but not spelled out. */
const CODE = '.expressive-code, pre';
const TABLE = '.table-scroll, table';
/** Elements whose own text is one block. Lists and quotes are read through their items. */
const TEXT_BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'FIGCAPTION',
  'DT',
  'DD',
]);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements that start their own block when they sit inside a text block (a list in an item). */
const NESTED_BLOCKS = 'ul, ol, p, div, figure, pre, table, blockquote, dl';

export const CODE_SKIPPED = 'Code example skipped.';
export const TABLE_SKIPPED = 'Table skipped.';

export interface ReadBlock {
  kind: 'heading' | 'text' | 'code' | 'table' | 'figure';
  /** Where it is on the page: what is highlighted (as a whole when `nodes` is empty). */
  element: Element;
  /** The text nodes the text was read from, in order; empty for announced blocks. */
  nodes: Text[];
  /** The text as spoken: for a text block, the nodes' data joined as is, so offsets map back. */
  text: string;
}

/** The readable text nodes under `element`, leaving out skipped parts and nested blocks. */
export function textNodesOf(element: Element): Text[] {
  const nodes: Text[] = [];
  const visit = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === 3) nodes.push(child as Text);
      else if (child.nodeType === 1) {
        const inner = child as Element;
        if (inner.matches(SKIPPED) || inner.matches(NESTED_BLOCKS)) continue;
        visit(inner);
      }
    }
  };
  visit(element);
  return nodes;
}

function textBlock(element: Element): ReadBlock | undefined {
  const nodes = textNodesOf(element);
  const text = nodes.map((node) => node.data).join('');
  if (text.trim() === '') return undefined;
  // The objectives' heading labels a box; the chapter's opening text after the box still
  // belongs to the title's section (for "next section" and "Resume from …").
  const heading = HEADINGS.has(element.tagName) && !element.closest('.objectives');
  return { kind: heading ? 'heading' : 'text', element, nodes, text };
}

/** A course figure: its drawing's title and description are what the drawing says. */
function figureBlock(figure: Element): ReadBlock | undefined {
  const svg = figure.querySelector('svg');
  const title = svg?.querySelector('title')?.textContent?.trim();
  const description = svg?.querySelector('desc')?.textContent?.trim();
  if (!svg || !description) return undefined;
  const text = `Figure: ${title ? `${title}. ` : ''}${description}`;
  return { kind: 'figure', element: svg, nodes: [], text };
}

/** Adds the blocks of one element, and of what it holds, to `blocks`. */
function collect(element: Element, blocks: ReadBlock[]) {
  if (element.matches(SKIPPED)) return;
  if (element.matches(CODE)) {
    blocks.push({ kind: 'code', element, nodes: [], text: CODE_SKIPPED });
  } else if (element.matches(TABLE)) {
    blocks.push({ kind: 'table', element, nodes: [], text: TABLE_SKIPPED });
  } else if (TEXT_BLOCKS.has(element.tagName)) {
    const block = textBlock(element);
    if (block) blocks.push(block);
    // A list or paragraph inside a list item follows the item's own words.
    for (const nested of element.children) {
      if (nested.matches(NESTED_BLOCKS)) collect(nested, blocks);
    }
  } else {
    if (element.tagName === 'FIGURE') {
      const figure = figureBlock(element);
      if (figure) blocks.push(figure);
    }
    for (const child of element.children) collect(child, blocks);
  }
}

/** The blocks of each root (the title, the content area), in document order. */
export function readableBlocks(roots: Element[]): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  for (const root of roots) collect(root, blocks);
  return blocks;
}
