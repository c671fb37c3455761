// Builds a stock Starlight site (the version this project uses, no plugins, no islands) with two
// short pages, so measuring scripts can print our pages beside what Starlight alone ships.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './site-copy.ts';

/** Starlight's version, read from the installed package, for labels. */
export const STARLIGHT_VERSION: string = JSON.parse(
  readFileSync(join(REPO, 'node_modules/@astrojs/starlight/package.json'), 'utf8'),
).version;

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  trailingSlash: 'always',
  integrations: [starlight({ title: 'Stock Starlight', lastUpdated: false })],
});
`;
const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;
const page = (title: string) =>
  `---\ntitle: ${title}\n---\n\n## A section\n\nA paragraph of text.\n\n## Another section\n\nMore text.\n`;

/** Builds the stock site and returns its dist folder; the page to measure is `/guide/`. */
export function buildStockStarlight(): string {
  // Inside the repo, so packages resolve from its node_modules.
  mkdirSync(join(REPO, '.bench'), { recursive: true });
  const root = mkdtempSync(join(REPO, '.bench', 'stock-'));
  const docs = join(root, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  // Astro finds which packages to bundle for the server from the dependencies listed here.
  const { dependencies } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
  const stock = {
    astro: dependencies.astro,
    '@astrojs/starlight': dependencies['@astrojs/starlight'],
  };
  writeFileSync(
    join(root, 'package.json'),
    JSON.stringify({ type: 'module', dependencies: stock }),
  );
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(root, 'src/content.config.ts'), CONTENT_CONFIG);
  writeFileSync(join(docs, 'index.md'), page('Home'));
  writeFileSync(join(docs, 'guide.md'), page('Guide'));
  execFileSync(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // scripts/serve.ts serves only a finished build; this project's integration writes the marker.
  writeFileSync(join(root, 'dist/.build-complete'), 'stock Starlight');
  return join(root, 'dist');
}
