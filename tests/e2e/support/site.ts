// Lists the built site's pages from its sitemap, as paths relative to the base URL.
// DIST_DIR and BASE_PATH select the base-path build that `npm run test:base` checks.
import { readFileSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const dist = process.env.DIST_DIR ?? 'dist';
  const xml = readFileSync(new URL(`../../../${dist}/sitemap-0.xml`, import.meta.url), 'utf8');
  const base = process.env.BASE_PATH ?? '/';
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const path = new URL(match[1] ?? '').pathname;
    return path.startsWith(base) ? path.slice(base.length) : path;
  });
}
