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

interface Matcher {
  forms: { id: string; form: string }[];
  /** How many terms the forms name. */
  termCount: number;
  pattern: RegExp | undefined;
}

/** Patterns by term list: a build links every chapter with the same list, so it compiles once. */
const matchers = new WeakMap<readonly LinkableTerm[], Matcher>();

function matcherFor(terms: readonly LinkableTerm[]): Matcher {
  const known = matchers.get(terms);
  if (known) return known;
  const forms = terms
    .flatMap((term) => term.forms.map((form) => ({ id: term.id, form: form.trim() })))
    .filter((each) => each.form !== '')
    .sort((a, b) => b.form.length - a.form.length);
  // One capture group per form, longest first, so the leftmost match is also the longest.
  const alternatives = forms.map(({ form }) => `(${escape(form).replace(/\s+/g, '\\s+')}(?:e?s)?)`);
  const pattern =
    forms.length === 0
      ? undefined
      : new RegExp(`(?<!${WORD})(?:${alternatives.join('|')})(?!${WORD})`, 'giu');
  const matcher = { forms, termCount: new Set(forms.map(({ id }) => id)).size, pattern };
  matchers.set(terms, matcher);
  return matcher;
}

/**
 * Returns a linker for one chapter: each call splits a run of text into segments, linking the
 * first use of each term in the chapter (calls are in reading order) and no later one.
 */
export function termLinker(terms: readonly LinkableTerm[]): (text: string) => Segment[] {
  const { forms, termCount, pattern } = matcherFor(terms);
  const linked = new Set<string>();
  if (!pattern) return (text) => [{ text }];

  return (text) => {
    // Most runs of text hold no term, or only terms already linked: answer them without copying.
    if (linked.size === termCount) return [{ text }];
    const segments: Segment[] = [];
    let at = 0;
    // matchAll works on a copy of the pattern, so sharing one across chapters is safe.
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
