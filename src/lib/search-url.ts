/**
 * The URLs the site search works with: where Pagefind's files are under the site's base path,
 * the result links it shows, and the query a result link carries to the page it opens.
 */

/** Pagefind's highlighter reads the searched words from this query parameter. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Pagefind's bundle folder under the site's base path (`/` or `/course/`), with a final slash. */
export function pagefindBundlePath(base: string): string {
  return `${base.replace(/\/$/, '')}/pagefind/`;
}

/**
 * A result link as the site spells its URLs. Pagefind indexes pages as `/path/`; with
 * `trailingSlash: 'never'` the site serves `/path`, so the slash before the end or before a
 * `#section` goes, as Starlight does. The root `/` keeps its slash.
 */
export function resultUrl(url: string, stripTrailingSlash: boolean): string {
  if (!stripTrailingSlash) return url;
  const hash = url.indexOf('#');
  const path = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  return (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path) + fragment;
}

/** The result link with the searched words added, so the page it opens can mark them. */
export function withHighlight(href: string, query: string): string {
  const words = query.trim();
  if (!words) return href;
  const url = new URL(href);
  url.searchParams.set(HIGHLIGHT_PARAM, words);
  return url.href;
}
