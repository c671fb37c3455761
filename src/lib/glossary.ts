/**
 * The glossary's shape, read from its headings: src/content/docs/glossary.mdx is the one source
 * of truth. Each `## A` heading opens a letter, each `### Term` under it is an entry, and a term
 * written as `Large language model (LLM)` is also known by the abbreviation in brackets. The jump
 * bar, the filter and the first-use links in chapters (src/course/term-links.ts) all read the
 * glossary through here, so none of them keeps a second list of terms.
 */

/** A heading as src/course/headings.ts reports it. */
export interface GlossaryHeading {
  depth: number;
  text: string;
  slug: string;
}

export interface GlossaryTerm {
  /** The heading as written, e.g. `Large language model (LLM)`. */
  term: string;
  /** The heading's anchor on the glossary page, e.g. `large-language-model-llm`. */
  id: string;
  /** The letter heading the entry sits under, e.g. `L`. */
  letter: string;
  /** The words that name the term in prose, e.g. `Large language model` and `LLM`. */
  forms: string[];
}

export interface GlossaryLetter {
  letter: string;
  /** The letter heading's anchor, or undefined when no term starts with the letter. */
  id: string | undefined;
}

export interface Glossary {
  terms: GlossaryTerm[];
  /** A to Z, every letter, whether or not a term starts with it. */
  letters: GlossaryLetter[];
  /** One line per heading out of place, each naming the heading and the fix. */
  problems: string[];
}

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** `Large language model (LLM)` is known as both `Large language model` and `LLM`. */
export function formsOf(term: string): string[] {
  const bracketed = /^(.+?)\s*\(([^()]+)\)$/.exec(term.trim());
  return bracketed ? [bracketed[1]!, bracketed[2]!] : [term.trim()];
}

/** Reads the glossary's letters and terms from its headings, in order. */
export function glossaryOf(headings: readonly GlossaryHeading[]): Glossary {
  const terms: GlossaryTerm[] = [];
  const letterIds = new Map<string, string>();
  const problems: string[] = [];
  let letter: string | undefined;
  for (const heading of headings) {
    if (heading.depth === 2) {
      if (!/^[A-Z]$/.test(heading.text) || letterIds.has(heading.text)) {
        problems.push(
          `"## ${heading.text}": a level-2 heading must be one capital letter, once. Write each term as "### Term" under its letter.`,
        );
        continue;
      }
      const previous = [...letterIds.keys()].at(-1);
      if (previous && heading.text < previous) {
        problems.push(`"## ${heading.text}": comes after "## ${previous}". Keep letters A to Z.`);
      }
      letter = heading.text;
      letterIds.set(letter, heading.slug);
    } else if (heading.depth === 3) {
      const initial = heading.text.charAt(0).toUpperCase();
      if (letter !== initial) {
        problems.push(
          `"### ${heading.text}": sits under ${letter ? `"## ${letter}"` : 'no letter'}. Move it under "## ${initial}".`,
        );
      }
      const before = terms.at(-1);
      if (before && before.letter === letter && collator.compare(before.term, heading.text) > 0) {
        problems.push(
          `"### ${heading.text}": comes after "### ${before.term}". Keep terms in alphabetical order.`,
        );
      }
      terms.push({
        term: heading.text,
        id: heading.slug,
        letter: letter ?? initial,
        forms: formsOf(heading.text),
      });
    }
  }
  const letters = ALPHABET.map((each) => ({ letter: each, id: letterIds.get(each) }));
  return { terms, letters, problems };
}

/** Lower case, no accents, and punctuation as spaces, so "fine tuning" finds "Fine-tuning". */
export function normalizeForFilter(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when a term's name contains the filter text; an empty filter keeps every term. */
export function matchesFilter(term: string, query: string): boolean {
  const wanted = normalizeForFilter(query);
  return wanted === '' || normalizeForFilter(term).includes(wanted);
}

/** The filter's status line: "1 term matches", "12 terms match", "No terms match". */
export function matchCountText(count: number): string {
  if (count === 0) return 'No terms match';
  return count === 1 ? '1 term matches' : `${count} terms match`;
}
