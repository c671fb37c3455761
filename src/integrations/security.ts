/**
 * Ships the Content Security Policy with the built files (see src/course/csp.ts for the
 * policy and its reasons):
 * - every page gets a `<meta http-equiv="content-security-policy">` from Astro's
 *   `security.csp`, given the hashes of the components' inline scripts;
 * - `dist/_headers` carries the same policy plus what a meta tag cannot say, for hosts that
 *   read that file (Netlify, Cloudflare Pages), and `scripts/serve.ts` serves it;
 * - `dist/.build-complete` is removed when a build starts and written when it ends, so the
 *   local server never serves a half-rebuilt site.
 * Listed after Starlight so that it runs after Pagefind has written the search index.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
  CSP_DIRECTIVES,
  SCRIPT_RESOURCES,
  STYLE_RESOURCES,
  headersFile,
  inlineScriptHashes,
  metaPolicy,
  sitePolicy,
} from '../course/csp';

/** Written last by every build; scripts/serve.ts serves nothing while it is missing. */
export const BUILD_COMPLETE = '.build-complete';

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export default function security(): AstroIntegration {
  let outDir = '';
  return {
    name: 'course-security',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const starlight = fileURLToPath(new URL('./', import.meta.resolve('@astrojs/starlight')));
        const hashes = inlineScriptHashes([starlight, fileURLToPath(config.srcDir)]);
        updateConfig({
          security: {
            csp: {
              // Set here, not left to the default: a config updated by an integration is not
              // filled in with defaults again.
              algorithm: 'SHA-256',
              directives: [...CSP_DIRECTIVES],
              scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes },
              styleDirective: { resources: [...STYLE_RESOURCES] },
            },
          },
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
          const policy = metaPolicy(readFileSync(file, 'utf8'));
          return policy ? [policy] : [];
        });
        writeFileSync(join(root, '_headers'), headersFile(sitePolicy(policies)));
        writeFileSync(join(root, BUILD_COMPLETE), `${Date.now()}\n`);
        logger.info(`Wrote _headers with the Content Security Policy of ${policies.length} pages.`);
      },
    },
  };
}
