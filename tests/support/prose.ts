/**
 * Turns an MDX chapter into the prose a learner reads, so content checks can count
 * words and look for terms without being fooled by code, imports or markup.
 */

/** Splits an MDX file into its raw YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) return { frontmatter: '', body: source };
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Returns the readable text of an MDX body: no imports, code blocks, JSX tags or link targets. */
export function proseOf(body: string): string {
  return body
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^:::.*$/gm, '')
    .replace(/^\|?[\s:|-]+\|?$/gm, '')
    .replace(/[#*_`|>]/g, ' ');
}

/** Counts the words of prose, treating hyphenated and numeric tokens as one word each. */
export function countWords(prose: string): number {
  return prose.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Returns the terms that do not appear in the text, compared case-insensitively. */
export function missingTerms(text: string, terms: readonly string[]): string[] {
  const haystack = text.toLowerCase().replace(/\s+/g, ' ');
  return terms.filter((term) => !haystack.includes(term.toLowerCase()));
}
