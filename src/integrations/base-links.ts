/**
 * After the build, gives every root-relative link in the built pages the site's base
 * path. Authors write `/glossary/`; deployed under `/course/` it becomes `/course/glossary/`.
 * Listed before Starlight so the pages are final before Pagefind indexes them.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { prefixLinksInHtml } from '../lib/base-path';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export default function baseLinks(): AstroIntegration {
  let base = '/';
  return {
    name: 'course-base-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (base.replace(/\/$/, '') === '') return;
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          const html = readFileSync(file, 'utf8');
          const fixed = prefixLinksInHtml(html, base);
          if (fixed !== html) writeFileSync(file, fixed);
        }
        logger.info(`Prefixed ${base} to root-relative links in ${files.length} pages.`);
      },
    },
  };
}
