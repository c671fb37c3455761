/**
 * Where a chapter places its quiz and its flashcard deck: each `<Quiz />` and `<Flashcards />`
 * in the MDX body, in document order, with how many headings come before it (counted as
 * headings.ts counts them) and its literal `title`, so route-data.ts can list the blocks in
 * the table of contents. Plain Markdown chapters cannot place components: their deck and quiz
 * follow the text (MarkdownContent.astro), and so they do here.
 * Build side only: Sätteri is a native module.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { DEFAULT_TITLES, type BlockKind, type BlockPlacement } from '../lib/toc';
import { headingsOf } from './headings';

const COMPONENTS: Record<string, BlockKind> = { Quiz: 'quiz', Flashcards: 'flashcards' };

/** The literal `title="…"` of a JSX element; an expression cannot be read before rendering. */
function titleOf(node: MdastNode): string | undefined {
  if (!('attributes' in node)) return undefined;
  for (const attribute of node.attributes as { type: string; name?: string; value?: unknown }[]) {
    if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'title') {
      return typeof attribute.value === 'string' ? attribute.value : undefined;
    }
  }
  return undefined;
}

export function placementsOf(
  body: string,
  format: 'md' | 'mdx',
  has: Record<BlockKind, boolean>,
): BlockPlacement[] {
  if (format === 'md') {
    const headings = headingsOf(body, 'md').length;
    return (['flashcards', 'quiz'] as const)
      .filter((kind) => has[kind])
      .map((kind) => ({ kind, title: DEFAULT_TITLES[kind], headingsBefore: headings }));
  }
  const placements: BlockPlacement[] = [];
  let headings = 0;
  const visit = (node: MdastNode) => {
    if (node.type === 'heading') {
      headings += 1;
      return;
    }
    if (node.type === 'mdxJsxFlowElement' && 'name' in node && typeof node.name === 'string') {
      const kind = COMPONENTS[node.name];
      if (kind && has[kind]) {
        placements.push({
          kind,
          title: titleOf(node) ?? DEFAULT_TITLES[kind],
          headingsBefore: headings,
        });
      }
    }
    if ('children' in node) node.children.forEach(visit);
  };
  visit(mdxToMdast(body, { features: { directive: true }, position: false }));
  return placements;
}
