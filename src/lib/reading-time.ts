/**
 * Minutes to read a chapter's prose, shown beside its title. Counts words in the Markdown body at
 * 200 words a minute, a common figure for careful reading of technical text (general prose reads
 * nearer 240). MDX import lines and component tags are not prose and are left out.
 */
export const WORDS_PER_MINUTE = 200;

export function readingMinutes(body: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const prose = body
    .split('\n')
    .filter((line) => !/^\s*(import|export)\s/.test(line) && !/^\s*<\/?[A-Z]/.test(line))
    .join(' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
