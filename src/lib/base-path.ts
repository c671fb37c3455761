/**
 * The site's base path on site-root links. Authors and components write `/glossary/`; deployed
 * under `/course/` that becomes `/course/glossary/`. The one helper for components, island props,
 * client scripts and the Markdown plugin (src/course/base-links.ts), like Starlight's
 * utils/base.ts. `base` defaults to Astro's `BASE_URL`; code outside Vite passes it.
 */
export function pathWithBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.replace(/\/$/, '');
  if (!prefix || !path.startsWith('/') || path.startsWith('//')) return path;
  if (path === prefix || path.startsWith(`${prefix}/`)) return path;
  return `${prefix}${path}`;
}
