/**
 * A Sätteri hast plugin that puts every Markdown table in a scroll region a keyboard can reach:
 * `<div class="table-scroll" role="region" tabindex="0" aria-label="…">`. On a phone wide
 * tables scroll sideways, and a scroll container that cannot take focus cannot be scrolled
 * without a pointer (WCAG 2.1.1; axe's scrollable-region-focusable). The pattern is Adrian
 * Roselli's "Under-Engineered Responsive Tables": whether a table overflows depends on the
 * screen, so every table gets the region, and it is named so a screen reader can say what the
 * stop is. The name comes from src/lib/table-label.ts: the caption, or the heading above.
 */
import type { Element, Parents } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { tableLabel, type TableSurroundings } from '../lib/table-label';

const HEADING = /^h[1-6]$/;

const isElement = (node: { type: string }): node is Element => node.type === 'element';

/**
 * The nearest heading before `table` in document order, and the tables in between. Earlier
 * siblings are searched from the last, inside out (Starlight wraps each heading in a `div`
 * with its anchor link), then the siblings of each ancestor (a table in an aside still
 * belongs to the section above it).
 */
function surroundings(table: Element, context: HastVisitorContext): TableSurroundings {
  const captionNode = table.children.find(
    (child) => isElement(child) && child.tagName === 'caption',
  );
  const caption = captionNode && context.textContent(captionNode);
  let tablesBefore = 0;
  /** The last heading in `node`, counting the tables after it on the way. */
  const lastHeadingIn = (node: Readonly<Element>): Readonly<Element> | undefined => {
    if (HEADING.test(node.tagName)) return node;
    if (node.tagName === 'table') {
      tablesBefore += 1;
      return undefined;
    }
    for (const child of [...node.children].reverse()) {
      const heading = isElement(child) ? lastHeadingIn(child) : undefined;
      if (heading) return heading;
    }
    return undefined;
  };
  let node: Readonly<Element | Parents> = table;
  for (
    let parent: Readonly<Parents> | undefined = context.parent(node);
    parent;
    parent = context.parent(node)
  ) {
    for (const sibling of parent.children.slice(0, context.indexOf(node)).reverse()) {
      const heading = isElement(sibling) ? lastHeadingIn(sibling) : undefined;
      if (heading) return { caption, heading: context.textContent(heading), tablesBefore };
    }
    node = parent;
  }
  return { caption, tablesBefore };
}

export function scrollableTablesPlugin(): HastPluginDefinition {
  return {
    name: 'course-scrollable-tables',
    element: {
      filter: ['table'],
      visit(node, context) {
        context.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: {
            className: ['table-scroll'],
            role: 'region',
            tabIndex: 0,
            ariaLabel: tableLabel(surroundings(node, context)),
          },
          children: [],
        });
      },
    },
  };
}
