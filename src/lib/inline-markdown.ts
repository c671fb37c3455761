/**
 * Inline Markdown for the short texts authors and imports put in frontmatter: question
 * prompts, options, explanations, hints and card sides. Those texts are data, never markup,
 * so they pass an allow-list before they reach a page:
 *
 *   *emphasis*, **strong**, `inline code`, line breaks, and links to http:, https:, mailto:
 *   or site-root (`/glossary/`) addresses.
 *
 * `inlineMarkdownProblems` tells an author what breaks the rules (raw HTML, an unsafe link, an
 * image), so the build can fail instead of silently dropping text. `renderInlineMarkdown` turns
 * valid text into HTML through the mdast → hast pipeline that Astro's Markdown tools share, and
 * runs the result through hast-util-sanitize (the engine of rehype-sanitize) with the same
 * allow-list, so even text that skipped validation cannot emit anything else.
 */
import type { Nodes as HastNodes } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';

/**
 * A micromark extension that turns block syntax off: a one-line text has no headings, lists or
 * code blocks, so "1. Adam" or "# tokens" stays text. Shared with the importer.
 */
export const INLINE_ONLY = {
  disable: {
    null: [
      'blockQuote',
      'codeFenced',
      'codeIndented',
      'definition',
      'headingAtx',
      'list',
      'setextUnderline',
      'thematicBreak',
    ],
  },
};

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/**
 * Characters every inline construct needs: emphasis, code, links, images, autolinks, raw HTML,
 * character references, escapes and line breaks. A text with none of them is plain words, so it
 * is its own HTML and needs no parsing, which is most of a course's text and keeps builds fast.
 */
const MARKUP = /[\\`*_[\]<>!&~\n]/;
const isPlain = (text: string) => !MARKUP.test(text);

/** True for links a learner may follow: http(s), mailto, or a path on this site. */
export function isSafeUrl(url: string): boolean {
  if (url.startsWith('/')) return !url.startsWith('//') && !url.startsWith('/\\');
  try {
    return SAFE_PROTOCOLS.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Parses inline Markdown into one paragraph's worth of phrasing content. */
function parse(markdown: string): Root {
  const tree = fromMarkdown(markdown, { extensions: [INLINE_ONLY] });
  // Paragraphs separated by a blank line read as one text with a line break between them.
  const children: PhrasingContent[] = [];
  for (const block of tree.children) {
    if (block.type !== 'paragraph' && block.type !== 'html') continue;
    if (children.length > 0) children.push({ type: 'break' });
    if (block.type === 'html') children.push(block);
    else children.push(...block.children);
  }
  return { type: 'root', children: [{ type: 'paragraph', children }] };
}

const WRITE_MARKDOWN =
  'Write Markdown instead: **strong**, *emphasis*, `code` or [text](https://…).';

/** Returns one message per rule the text breaks; empty when it is safe to publish. */
export function inlineMarkdownProblems(markdown: string): string[] {
  if (isPlain(markdown)) return [];
  const problems: string[] = [];
  const visit = (nodes: readonly PhrasingContent[]) => {
    for (const node of nodes) {
      if (node.type === 'html') {
        problems.push(`contains raw HTML (\`${node.value.slice(0, 40)}\`). ${WRITE_MARKDOWN}`);
      } else if (node.type === 'image' || node.type === 'imageReference') {
        problems.push(
          'contains an image. Question and card text allows no images; describe it in words or put the figure in the chapter.',
        );
      } else if (node.type === 'link') {
        if (!isSafeUrl(node.url)) {
          problems.push(
            `links to "${node.url.slice(0, 60)}", which is not an http:, https:, mailto: or site (/…) address. ${WRITE_MARKDOWN}`,
          );
        }
        visit(node.children);
      } else if ('children' in node) {
        visit(node.children);
      }
    }
  };
  const [paragraph] = parse(markdown).children;
  if (paragraph?.type === 'paragraph') visit(paragraph.children);
  return problems;
}

/** The allow-list, as hast-util-sanitize reads it. */
const SCHEMA: Schema = {
  tagNames: ['a', 'br', 'code', 'em', 'strong'],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  ancestors: {},
  required: {},
  strip: ['script', 'style'],
  clobber: [],
};

export interface RenderOptions {
  /** Base path the site is deployed under, e.g. `/course/`; added to site-root links. */
  base?: string;
}

/** Renders inline Markdown to sanitised HTML (no wrapping <p>). */
export function renderInlineMarkdown(markdown: string, { base = '/' }: RenderOptions = {}): string {
  if (isPlain(markdown)) return markdown;
  const prefix = base.replace(/\/$/, '');
  const tree = parse(markdown);
  const hast = toHast(tree) as HastNodes;
  const clean = sanitize(hast, SCHEMA);
  if (prefix) {
    const visit = (node: HastNodes) => {
      if (node.type === 'element' && node.tagName === 'a') {
        const href = node.properties.href;
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith(`${prefix}/`)) {
          node.properties.href = `${prefix}${href}`;
        }
      }
      if ('children' in node) node.children.forEach((child) => visit(child as HastNodes));
    };
    visit(clean);
  }
  // The allow-list has no <p>, so sanitising unwraps the paragraph: the text stays inline.
  return toHtml(clean);
}

/** The words of inline Markdown without any markup, for plain-text lists and exports. */
export function inlineMarkdownText(markdown: string): string {
  if (isPlain(markdown)) return markdown;
  return toString(parse(markdown), { includeHtml: false });
}
