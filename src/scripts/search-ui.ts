/**
 * Pagefind's search UI, imported by src/scripts/site-search.ts on the first open of the search
 * dialog. The options are Starlight 0.42.4's (`components/Search.astro`), so results
 * look and link as they do in stock Starlight.
 */
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { resultUrl, withHighlight } from '../lib/search-url';

/**
 * Builds the UI inside the dialog of a `<site-search>` element, once src/scripts/site-search.ts
 * has loaded Pagefind's engine and this UI's stylesheet.
 */
export function buildSearchUI(host: HTMLElement, bundlePath: string) {
  let translations = {};
  try {
    translations = JSON.parse(host.dataset.translations ?? '{}');
  } catch {
    // Pagefind falls back to its own English words.
  }
  const strip = host.dataset.stripTrailingSlash !== undefined;
  const container = host.querySelector<HTMLElement>('#starlight__search')!;
  new PagefindUI({
    ...pagefindUserConfig,
    element: container,
    baseUrl: import.meta.env.BASE_URL,
    bundlePath,
    showImages: false,
    translations,
    showSubResults: true,
    processResult: (result) => {
      result.url = resultUrl(result.url, strip);
      result.sub_results = result.sub_results.map((sub) => ({
        ...sub,
        url: resultUrl(sub.url, strip),
      }));
    },
  });
  const input = container.querySelector<HTMLInputElement>('.pagefind-ui__search-input')!;
  // Pagefind names its box only with a title, which axe rightly flags (label-title-only).
  input.setAttribute('aria-label', input.placeholder);

  // A followed result carries the query, so the page it opens can mark the words
  // (src/scripts/search-highlight.ts). Set at the moment of following: mouse or keyboard.
  container.addEventListener(
    'click',
    (event) => {
      const link = (event.target as Element).closest('a.pagefind-ui__result-link');
      if (link instanceof HTMLAnchorElement) link.href = withHighlight(link.href, input.value);
    },
    { capture: true },
  );

  return {
    /** Takes over from the dialog's early box: its words, and focus if it had it. */
    takeOver(typed: string, focus: boolean) {
      if (typed) {
        input.value = typed;
        // Pagefind's box is bound to its input event; this runs the search for the typed words.
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      if (focus) input.focus();
    },
  };
}
