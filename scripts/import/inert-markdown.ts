/**
 * Makes export text safe to write into an MDX chapter. MDX is code: an `export const` line, a
 * `{…}` expression or a `<Component>` in a chapter runs when the site is built. Text from an
 * export is data, so it must render as the same visible text and never become code or markup.
 *
 * Each text is parsed as CommonMark (no MDX), so ordinary formatting survives: emphasis,
 * strong, inline code, line breaks and links to http:, https:, mailto: or site pages. Anything
 * else (raw HTML and comments, images, links to other schemes) is turned back into the plain
 * text it was written as. The tree is then written with mdast-util-to-markdown and its MDX
 * extension, which escapes every character MDX would read as syntax (`{`, `<`), plus the ESM
 * keywords and Starlight's `:::` asides at the start of a line. `assertInert` re-reads the
 * result with Sätteri, Astro's own MDX parser, and refuses any code that got through.
 */
import type { Heading, Paragraph, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { mdxToMdast, type MdastNode } from 'satteri';
import { INLINE_ONLY, isSafeUrl } from '../../src/lib/inline-markdown.ts';

/**
 * Line starts that MDX or Starlight read as code or markup although they are plain letters:
 * ESM (`import`, `export`) and container directives (`:::note`). The writer escapes the first
 * character as a character reference (`&#x69;mport`), which renders as the same letter.
 */
const LINE_START_GUARDS: Unsafe[] = [
  { character: 'i', atBreak: true, after: 'mport\\b' },
  { character: 'e', atBreak: true, after: 'xport\\b' },
  { character: ':', atBreak: true, after: '::' },
];

/** Turns what may not be published back into the literal text it was written as. */
function neutralise(nodes: PhrasingContent[], source: string): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    const literal = (): PhrasingContent => ({
      type: 'text',
      value: source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0),
    });
    if (node.type === 'html' || node.type === 'image' || node.type === 'imageReference') {
      return literal();
    }
    if (node.type === 'link') {
      return isSafeUrl(node.url)
        ? { ...node, children: neutralise(node.children, source) }
        : literal();
    }
    if ('children' in node) {
      return {
        ...node,
        children: neutralise(node.children as PhrasingContent[], source),
      } as PhrasingContent;
    }
    return node;
  });
}

/** Parses one line of export text into safe phrasing content. */
export function inertPhrasing(text: string): PhrasingContent[] {
  const tree = fromMarkdown(text, { extensions: [INLINE_ONLY] });
  const children: PhrasingContent[] = [];
  for (const block of tree.children) {
    if (children.length > 0) children.push({ type: 'break' });
    if (block.type === 'paragraph') children.push(...neutralise(block.children, text));
    else if (block.type === 'html') children.push({ type: 'text', value: block.value });
  }
  return children;
}

/** Writes an mdast tree as MDX in which every character of export text stays text. */
export function toInertMdx(tree: Root): string {
  return toMarkdown(tree, { extensions: [mdxToMarkdown()], unsafe: LINE_START_GUARDS });
}

/** A heading whose text is exactly `text`, with no formatting at all. */
export function plainHeading(depth: Heading['depth'], text: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

/** A paragraph of export text, formatting kept and anything unsafe made literal. */
export function inertParagraph(text: string): Paragraph {
  return { type: 'paragraph', children: inertPhrasing(text) };
}

/**
 * Inline Markdown for a frontmatter field (a prompt, an option, a card side). These fields are
 * never MDX: the build renders them with the sanitiser in src/lib/inline-markdown.ts, which
 * reads CommonMark. Written with the same rules, they hold nothing it would refuse, and the
 * learner sees the export's text as it was.
 */
export function inertInlineMarkdown(text: string): string {
  return toMarkdown(inertParagraph(text)).replace(/\n$/, '');
}

export interface CodeNode {
  type: string;
  /** 1-based line in the checked text. */
  line: number;
  value: string;
}

/** Node types through which MDX runs code or emits markup. */
const CODE_NODES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
]);

/** Lists the code and markup nodes in MDX, as Astro's own parser reads it. */
export function codeNodes(mdx: string): CodeNode[] {
  const found: CodeNode[] = [];
  const visit = (node: MdastNode) => {
    if (CODE_NODES.has(node.type)) {
      const value = 'value' in node && typeof node.value === 'string' ? node.value : '';
      const name = 'name' in node && typeof node.name === 'string' ? `<${node.name}>` : '';
      found.push({ type: node.type, line: node.position?.start.line ?? 0, value: value || name });
    }
    if ('children' in node) (node.children as MdastNode[]).forEach(visit);
  };
  visit(mdxToMdast(mdx, { features: { directive: true } }));
  return found;
}

/**
 * Throws when MDX written from export text holds any code or markup besides what the
 * importer itself placed (`allowed`: its own component imports and tags). A last line of
 * defence: if escaping ever failed, nothing is written.
 */
export function assertInert(mdx: string, allowed: ReadonlySet<string>, file: string): void {
  const unexpected = codeNodes(mdx).filter((node) => !allowed.has(node.value.trim()));
  if (unexpected.length > 0) {
    const [first] = unexpected;
    throw new Error(
      `${file}: line ${first?.line} would run as MDX code (${first?.type}: ${first?.value.slice(0, 60)}). The importer refused to write it; please report this as a bug.`,
    );
  }
}
