/**
 * Marks the sentence Listen is reading. Where the CSS Custom Highlight API exists
 * (`CSS.highlights`), a Range is registered under "listen-sentence" and the page's DOM is never
 * touched. Elsewhere each text node the sentence covers is split and wrapped in
 * `<mark class="listen-mark">`; clearing unwraps them and joins the text back, so the page ends
 * as it started. What is read as a whole (a figure, a code block) gets `data-listen-current`.
 * Styles: src/styles/listen.css.
 */
import { textNodesOf, type ReadBlock } from '../lib/listen-text';

export const HIGHLIGHT_NAME = 'listen-sentence';

/** The pieces of `nodes` that [start, end) of their joined text covers. */
function pieces(nodes: Text[], start: number, end: number): [Text, number, number][] {
  const found: [Text, number, number][] = [];
  let offset = 0;
  for (const node of nodes) {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, node.length);
    if (from < to) found.push([node, from, to]);
    offset += node.length;
  }
  return found;
}

export function createHighlighter(useHighlightApi = 'highlights' in CSS) {
  let marks: HTMLElement[] = [];
  let whole: Element | undefined;

  function clear() {
    if (useHighlightApi) CSS.highlights.delete(HIGHLIGHT_NAME);
    for (const mark of marks) {
      const parent = mark.parentNode;
      mark.replaceWith(...mark.childNodes);
      parent?.normalize();
    }
    marks = [];
    whole?.removeAttribute('data-listen-current');
    whole = undefined;
  }

  /** Highlights [start, end) of `block`; returns what to keep in view. */
  function show(block: ReadBlock, start: number, end: number): Range | Element {
    clear();
    // Read afresh: the fallback's marks, once removed, leave different (joined) text nodes.
    const found = pieces(block.nodes.length > 0 ? textNodesOf(block.element) : [], start, end);
    if (found.length === 0) {
      whole = block.element;
      whole.setAttribute('data-listen-current', '');
      return whole;
    }
    const range = document.createRange();
    const [first, from] = found[0]!;
    const [last, , to] = found.at(-1)!;
    range.setStart(first, from);
    range.setEnd(last, to);
    if (useHighlightApi) {
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(range));
      return range;
    }
    for (const [node, from, to] of found) {
      let target = node;
      if (from > 0) target = target.splitText(from);
      if (to - from < target.length) target.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'listen-mark';
      target.replaceWith(mark);
      mark.append(target);
      marks.push(mark);
    }
    return marks[0]!;
  }

  return { show, clear };
}
