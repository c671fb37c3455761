/**
 * The Astro integration the course plugin adds (after Starlight's own, so Pagefind has written
 * the search index when the build-done steps run):
 * - the Markdown plugins, ahead of starlight-links-validator's: first-use glossary links in
 *   chapters (term-links.ts), the base path on site-root links (base-links.ts), and tables in
 *   keyboard-reachable scroll regions (tables.ts);
 * - the Content Security Policy: Astro's `security.csp` with the hashes of the components'
 *   inline scripts (see csp.ts), and `dist/_headers` with the same policy for static hosts;
 * - the `/flashcards.tsv` Anki export, `/course-index.json` (chapter progress on the client),
 *   `/course-plan.json` (objectives, for planned practice and mastery) and
 *   `/practice/questions.json` (the practice test's questions, fetched by its island);
 * - `dist/.build-complete`, removed when a build starts and written last, so scripts/serve.ts
 *   never serves a half-rebuilt site.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { COURSE_PLAN_PATH } from '../lib/plan-chapters';
import { baseLinksPlugin } from './base-links';
import { GLOSSARY_FILE, readGlossary } from './glossary';
import { termLinksPlugin } from './term-links';
import { scrollableTablesPlugin } from './tables';
import {
  CSP_DIRECTIVES,
  SCRIPT_RESOURCES,
  STYLE_RESOURCES,
  headersFile,
  inlineScriptHashes,
  metaPolicy,
  readHead,
  sitePolicy,
} from './csp';

/** Written last by every build; scripts/serve.ts serves nothing while it is missing. */
export const BUILD_COMPLETE = '.build-complete';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

interface HastPluginHost {
  name?: string;
  options?: { hastPlugins?: unknown[] };
}

export function courseIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'starlight-course',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, injectRoute }) => {
        // Sätteri is Astro 7's Markdown processor; Starlight registers its plugins the same way.
        const processor = config.markdown.processor as HastPluginHost | undefined;
        if (processor?.name !== 'satteri' || !processor.options?.hastPlugins) {
          throw new Error(
            'astro.config.mjs › markdown.processor: the course needs Sätteri, Astro’s default Markdown processor. Remove the custom processor.',
          );
        }
        // The term links go first, so the base-path plugin and the links validator see them too.
        const { terms } = readGlossary(config.srcDir);
        const docsDir = fileURLToPath(new URL(GLOSSARY_FILE.replace(/[^/]+$/, ''), config.srcDir));
        processor.options.hastPlugins.push(
          termLinksPlugin(terms, config.base, docsDir),
          baseLinksPlugin(config.base),
          scrollableTablesPlugin(),
        );

        const starlight = fileURLToPath(new URL('./', import.meta.resolve('@astrojs/starlight')));
        updateConfig({
          security: {
            csp: {
              // Set here, not left to the default: a config updated by an integration is not
              // filled in with defaults again.
              algorithm: 'SHA-256',
              directives: [...CSP_DIRECTIVES],
              scriptDirective: {
                resources: [...SCRIPT_RESOURCES],
                hashes: inlineScriptHashes([starlight, fileURLToPath(config.srcDir)]),
              },
              styleDirective: { resources: [...STYLE_RESOURCES] },
            },
          },
        });

        injectRoute({
          pattern: '/course-index.json',
          entrypoint: fileURLToPath(new URL('./course-index-route.ts', import.meta.url)),
          prerender: true,
        });
        injectRoute({
          pattern: COURSE_PLAN_PATH,
          entrypoint: fileURLToPath(new URL('./course-plan-route.ts', import.meta.url)),
          prerender: true,
        });
        injectRoute({
          pattern: '/practice/questions.json',
          entrypoint: fileURLToPath(new URL('./practice-questions-route.ts', import.meta.url)),
          prerender: true,
        });
        injectRoute({
          pattern: '/flashcards.tsv',
          entrypoint: fileURLToPath(new URL('./anki-route.ts', import.meta.url)),
          prerender: true,
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        rmSync(join(outDir, BUILD_COMPLETE), { force: true });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies = htmlFiles(root).flatMap((file) => {
          const policy = metaPolicy(readHead(file));
          return policy ? [policy] : [];
        });
        writeFileSync(join(root, '_headers'), headersFile(sitePolicy(policies)));
        writeFileSync(join(root, BUILD_COMPLETE), `${Date.now()}\n`);
        logger.info(`Wrote _headers with the Content Security Policy of ${policies.length} pages.`);
      },
    },
  };
}
