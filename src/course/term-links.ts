/**
 * A Sätteri hast plugin that links the first use of each glossary term in a chapter's prose to
 * its glossary entry (`/glossary/#lora`, under the site's base path), at build time, so no script
 * is needed. The terms come from the glossary page itself (glossary.ts); the matching is
 * src/lib/term-links.ts. Text inside headings, links, code, figures and components (the quiz,
 * the deck, the SVG figures) is never linked. Pages outside the chapters, the glossary included,
 * are left alone.
 */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginEntry, HastVisitorContext } from 'satteri';
import { pathWithBase } from '../lib/base-path';
import { partOf } from '../lib/chapters';
import type { GlossaryTerm } from '../lib/glossary';
import { termLinker } from '../lib/term-links';

/** Elements whose text is not prose to link: it is a label, code, a figure or a link already. */
const SKIP = new Set([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'label', 'summary'],
  ...['code', 'pre', 'kbd', 'samp', 'figure', 'figcaption', 'svg', 'script', 'style'],
]);

/** The class of a term link; the course CSS gives it a dotted underline. */
export const TERM_LINK_CLASS = 'glossary-link';

/** The chapter id of a file in the docs folder, or undefined for any other page. */
function chapterOf(fileURL: URL | undefined, docsDir: string): string | undefined {
  if (!fileURL) return undefined;
  const id = relative(docsDir, fileURLToPath(fileURL))
    .split(sep)
    .join('/')
    .replace(/\.mdx?$/, '');
  return partOf(id) ? id : undefined;
}

export function termLinksPlugin(
  terms: readonly GlossaryTerm[],
  base: string,
  docsDir: string,
): HastPluginEntry {
  const names = new Map(terms.map((term) => [term.id, term.term]));
  const href = (id: string) => pathWithBase(`/glossary/#${id}`, base);
  // A factory: Sätteri calls it once per document, so each chapter starts with no term linked.
  return ({ fileURL }) => {
    // Walking a chapter's tree in JavaScript costs even when there is nothing to link.
    if (terms.length === 0 || !chapterOf(fileURL, docsDir)) return null;
    const link = termLinker(terms);
    const walk = (node: Root | RootContent, ctx: HastVisitorContext) => {
      if (node.type === 'text') {
        const segments = link(node.value);
        if (!segments.some((segment) => segment.id)) return;
        const nodes = segments.map(({ text, id }): ElementContent => {
          if (!id) return { type: 'text', value: text };
          const title = `Glossary: ${names.get(id) ?? text}`;
          return {
            type: 'element',
            tagName: 'a',
            properties: { href: href(id), className: [TERM_LINK_CLASS], title },
            children: [{ type: 'text', value: text }],
          };
        });
        ctx.replaceNode(node, nodes);
        return;
      }
      // MDX components (figures, the quiz, the deck) render text of their own, not prose.
      if (node.type !== 'root' && node.type !== 'element') return;
      if (node.type === 'element' && SKIP.has((node as Element).tagName)) return;
      for (const child of node.children) walk(child as RootContent, ctx);
    };
    return { name: 'course-term-links', before: (root, ctx) => walk(root, ctx) };
  };
}
