// Copies the site, without its chapters, into a folder inside the repo (so packages
// resolve from the repo's node_modules the way Vite expects). Used by the scale benchmark
// and the import round-trip test, which fill the copy with other content.
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Returns the path of a fresh copy under .bench/, and its empty docs folder. */
export function copySite(prefix: string): { root: string; docs: string } {
  mkdirSync(join(REPO, '.bench'), { recursive: true });
  const root = mkdtempSync(join(REPO, '.bench', `${prefix}-`));
  for (const file of ['astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(REPO, file), join(root, file));
  }
  cpSync(join(REPO, 'public'), join(root, 'public'), { recursive: true });
  cpSync(join(REPO, 'src'), join(root, 'src'), {
    recursive: true,
    filter: (source) => !source.startsWith(join(REPO, 'src/content/docs')),
  });
  const docs = join(root, 'src/content/docs');
  mkdirSync(docs, { recursive: true });
  return { root, docs };
}
