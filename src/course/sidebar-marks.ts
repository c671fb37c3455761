/**
 * Tags each chapter link in Starlight's sidebar with `data-chapter="<id>"`, so the client script
 * (src/scripts/chapter-progress.ts) can show the learner's state beside it. Attributes are
 * Starlight's own extension point for sidebar links (`attrs`), rendered by its SidebarSublist.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * Tags the chapter links of a page's sidebar in place; `idByHref` maps a chapter's URL to its id.
 * In place, because Starlight hands each page's middleware its own deep copy of the route data
 * (`klona` in its utils/routing/middleware.ts, Starlight 0.42.4): copying the sidebar again
 * allocated a thousand entries per page at a thousand chapters. Tagging twice is harmless.
 */
export function tagChapterLinks(
  entries: SidebarEntry[],
  idByHref: ReadonlyMap<string, string>,
): void {
  for (const entry of entries) {
    if (entry.type === 'group') {
      tagChapterLinks(entry.entries, idByHref);
      continue;
    }
    const id = idByHref.get(entry.href);
    if (id) entry.attrs['data-chapter'] = id;
  }
}
