/**
 * The glossary's filter box (src/components/GlossaryIndex.astro): narrows the entries below it as
 * the learner types, announces the count and shows an empty state. The matching is
 * src/lib/glossary.ts; this only reads the page and shows or hides its parts.
 */
import { matchCountText, matchesFilter } from '../lib/glossary';

interface Entry {
  term: string;
  nodes: Element[];
}
interface Letter {
  nodes: Element[];
  entries: Entry[];
}

const index = document.querySelector<HTMLElement>('[data-glossary-index]');
const filter = index?.querySelector<HTMLElement>('[data-glossary-filter]');
const input = filter?.querySelector('input');
const count = filter?.querySelector<HTMLElement>('[data-glossary-count]');
const empty = index?.querySelector<HTMLElement>('[data-glossary-empty]');
const content = index?.parentElement;

/** A heading, or Starlight's wrapper around one (it adds the "Section titled" anchor link). */
const headingIn = (node: Element, level: 'h2' | 'h3') =>
  node.matches(level) ? node : node.querySelector(`:scope > ${level}`);

/** The page below the tools, grouped into letters and their entries (heading, definition, …). */
function readEntries(from: Element): Letter[] {
  const groups: Letter[] = [];
  let afterIndex = false;
  for (const node of from.children) {
    if (node === index) afterIndex = true;
    if (!afterIndex || node === index) continue;
    const letterHeading = headingIn(node, 'h2');
    const termHeading = headingIn(node, 'h3');
    if (letterHeading) groups.push({ nodes: [node], entries: [] });
    else if (termHeading)
      groups.at(-1)?.entries.push({ term: termHeading.textContent ?? '', nodes: [node] });
    else (groups.at(-1)?.entries.at(-1) ?? groups.at(-1))?.nodes.push(node);
  }
  return groups;
}

if (index && filter && input && count && empty && content) {
  const groups = readEntries(content);
  const query = empty.querySelector<HTMLElement>('[data-glossary-query]')!;
  const apply = () => {
    let shown = 0;
    for (const group of groups) {
      let groupShown = 0;
      for (const entry of group.entries) {
        const match = matchesFilter(entry.term, input.value);
        for (const node of entry.nodes) (node as HTMLElement).hidden = !match;
        if (match) groupShown += 1;
      }
      for (const node of group.nodes) (node as HTMLElement).hidden = groupShown === 0;
      shown += groupShown;
    }
    const filtering = input.value.trim() !== '';
    count.textContent = filtering ? matchCountText(shown) : `${shown} terms`;
    query.textContent = input.value.trim();
    empty.hidden = shown > 0;
  };
  input.addEventListener('input', apply);
  // A letter always leads somewhere: following one clears the filter first.
  index.querySelector('nav')?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a') && input.value) {
      input.value = '';
      apply();
    }
  });
  filter.removeAttribute('data-pending');
}
