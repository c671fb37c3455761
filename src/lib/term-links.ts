/**
 * Finds the first use of each glossary term in a chapter's text, for the Markdown plugin that
 * links it to the glossary (src/course/term-links.ts). Matching is whole-word and
 * case-insensitive, takes a plural "s" or "es", and prefers the longest term where terms
 * overlap: "LoRA dropout" is one term, not "LoRA" followed by "dropout". Letters, digits,
 * hyphens and underscores count as part of a word, so "LoRA" is not found in "QLoRA" and
 * "token" not in "per-token".
 */

export interface LinkableTerm {
  /** The glossary entry's anchor, e.g. `large-language-model-llm`. */
  id: string;
  /** The words that name it, e.g. `Large language model` and `LLM`. */
  forms: string[];
}

/** A run of text, linked to a glossary entry when `id` is set. */
export interface Segment {
  text: string;
  id?: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = '[\\p{L}\\p{N}_-]';

/**
 * Returns a linker for one chapter: each call splits a run of text into segments, linking the
 * first use of each term in the chapter (calls are in reading order) and no later one.
 */
export function termLinker(terms: readonly LinkableTerm[]): (text: string) => Segment[] {
  const forms = terms
    .flatMap((term) => term.forms.map((form) => ({ id: term.id, form: form.trim() })))
    .filter((each) => each.form !== '')
    .sort((a, b) => b.form.length - a.form.length);
  const linked = new Set<string>();
  if (forms.length === 0) return (text) => [{ text }];
  // One capture group per form, longest first, so the leftmost match is also the longest.
  const alternatives = forms.map(({ form }) => `(${escape(form).replace(/\s+/g, '\\s+')}(?:e?s)?)`);
  const pattern = new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'giu');

  return (text) => {
    const segments: Segment[] = [];
    let at = 0;
    for (const match of text.matchAll(pattern)) {
      const group = match.slice(1).findIndex((value) => value !== undefined);
      const id = forms[group]!.id;
      if (linked.has(id)) continue;
      linked.add(id);
      if (match.index > at) segments.push({ text: text.slice(at, match.index) });
      segments.push({ text: match[0], id });
      at = match.index + match[0].length;
    }
    if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) });
    return segments;
  };
}
