/**
 * Prefixes the site's base path to root-relative links, so content written with links
 * like `/glossary/` keeps working when the course is deployed under `/course/`.
 * Astro 7's Markdown engine (Sätteri) runs no rehype plugins, so this is applied to the
 * built HTML by src/integrations/base-links.ts.
 */

/** Returns `href` with `base` in front when it is a root-relative link that lacks it. */
export function withBase(href: string, base: string): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !href.startsWith('/') || href.startsWith('//')) return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}

/** Returns built HTML whose root-relative `<a href>` links all carry the base path. */
export function prefixLinksInHtml(html: string, base: string): string {
  if (base.replace(/\/$/, '') === '') return html;
  return html.replace(
    /(<a\b[^>]*?\shref=")(\/[^"]*)"/g,
    (_match, start: string, href: string) => `${start}${withBase(href, base)}"`,
  );
}
