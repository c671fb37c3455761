/**
 * A Sätteri hast plugin that puts the site's base path on site-root links while Markdown is
 * rendered, so authors write `[glossary](/glossary/)` and a build under `/course/` links to
 * `/course/glossary/`. It runs before starlight-links-validator's own plugin, which then checks
 * the links as they will be deployed.
 */
import type { HastPluginDefinition } from 'satteri';
import { pathWithBase } from '../lib/base-path';

export function baseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'course-base-links',
    element: {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties?.href;
        if (typeof href !== 'string') return;
        const withBase = pathWithBase(href, base);
        if (withBase !== href) context.setProperty(node, 'href', withBase);
      },
    },
  };
}
