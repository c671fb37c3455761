/**
 * Lists the anchors Astro will give a chapter's headings, read from the MDX source so
 * that `teaches` links can be checked before the site is built. Astro slugs heading
 * text with github-slugger, so we do the same, including its "-1" suffix for repeats.
 */
import GithubSlugger from 'github-slugger';

/** Strips inline Markdown so the text matches what Astro slugs. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_]/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

export interface Heading {
  depth: number;
  text: string;
  slug: string;
}

/** Returns the Markdown headings of an MDX body, skipping fenced code blocks. */
export function headingsOf(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1];
      else if (fenceMatch[1] === fence) fence = undefined;
      continue;
    }
    if (fence) continue;
    const match = /^(#{1,6})\s+(.+)$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const text = headingText(match[2]);
    headings.push({ depth: match[1].length, text, slug: slugger.slug(text) });
  }
  return headings;
}
