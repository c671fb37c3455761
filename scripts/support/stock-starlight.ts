// Builds a stock Starlight site (the version this project uses, no plugins, no islands; see
// scripts/bench/stock-site.ts) with two short pages, so measuring scripts can print our pages
// beside what Starlight alone ships.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stockSite } from '../bench/stock-site.ts';
import { REPO } from './site-copy.ts';

/** Starlight's version, read from the installed package, for labels. */
export const STARLIGHT_VERSION: string = JSON.parse(
  readFileSync(join(REPO, 'node_modules/@astrojs/starlight/package.json'), 'utf8'),
).version;

const page = (title: string) =>
  `---\ntitle: ${title}\n---\n\n## A section\n\nA paragraph of text.\n\n## Another section\n\nMore text.\n`;

/** Builds the stock site and returns its dist folder; the page to measure is `/guide/`. */
export function buildStockStarlight(): string {
  const { root, docs } = stockSite('stock');
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
