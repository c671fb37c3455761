/**
 * Lists the anchors Astro gives a chapter's headings, so `teaches` links can be checked
 * before the chapter is rendered. The source is parsed by Sätteri, the Markdown and MDX
 * parser Astro itself uses, so only real headings count: a `## …` line inside a code block,
 * an MDX comment or a JSX expression is not a heading on the built page. Each heading's text
 * is slugged with github-slugger, as Astro's heading-ids step does, "-1" suffixes included.
 * Build side only: Sätteri is a native module.
 */
import GithubSlugger from 'github-slugger';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

/** The text a heading shows: its text and inline code; JSX expressions hold code, not text. */
function textOf(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Returns the headings of a chapter body (frontmatter removed), in order. `format` is `mdx`
 * for `.mdx` files and `md` for plain Markdown, which has no JSX or expressions.
 */
export function headingsOf(body: string, format: 'md' | 'mdx' = 'mdx'): Heading[] {
  const options = { features: { directive: true }, position: false };
  const tree = format === 'mdx' ? mdxToMdast(body, options) : markdownToMdast(body, options);
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'heading') {
      const text = textOf(node).trim();
      headings.push({ depth: node.depth, text, slug: slugger.slug(text) });
      return;
    }
    // Directives (asides) and JSX elements hold Markdown that renders, headings included.
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return headings;
}
