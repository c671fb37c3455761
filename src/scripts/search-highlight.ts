/**
 * Marks the searched words on a page opened from a search result (`?highlight=` in its URL, added
 * by src/scripts/search-ui.ts), with Pagefind's highlighter, a separate file in its bundle. A
 * page-level result (no #section in its link) then scrolls to the first match, smoothly unless
 * the learner prefers reduced motion. Loaded only on pages opened that way.
 */
import { HIGHLIGHT_PARAM, pagefindBundlePath } from '../lib/search-url';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

export async function highlightSearchedWords() {
  try {
    await import(
      /* @vite-ignore */ `${pagefindBundlePath(import.meta.env.BASE_URL)}pagefind-highlight.js`
    );
    const { PagefindHighlight } = window as unknown as { PagefindHighlight: Highlighter };
    // The course CSS styles the marks; Pagefind's own <style> element would break the CSP.
    new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    // Marking is synchronous. A section result already lands on its heading.
    if (!location.hash) {
      const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
      document
        .querySelector('main mark.pagefind-highlight')
        ?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    }
  } catch {
    // Highlighting is a convenience; the page works without it.
  }
}
