// Reads the course's chapters straight from disk so unit and browser tests share one
// source of truth: adding a chapter file is enough for every test to cover it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PARTS, partOf, readingOrder } from '../../src/lib/chapters';
import { splitFrontmatter } from '../../src/lib/prose';

export const DOCS_DIR = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

export interface ChapterFile {
  /** Collection id, e.g. `foundations/what-is-fine-tuning`; also the URL path. */
  id: string;
  file: string;
  source: string;
  body: string;
  data: Record<string, unknown> & {
    title: string;
    description?: string;
    sidebar: { order?: number };
    objectives?: string[];
  };
}

export function loadChapters(): ChapterFile[] {
  const chapters = PARTS.flatMap(({ directory }) =>
    readdirSync(join(DOCS_DIR, directory))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const file = join(DOCS_DIR, directory, name);
        const source = readFileSync(file, 'utf8');
        const { frontmatter, body } = splitFrontmatter(source);
        const data = parse(frontmatter) ?? {};
        data.sidebar ??= {};
        const id = relative(DOCS_DIR, file).replace(/\.mdx?$/, '');
        return { id, file, source, body, data };
      }),
  );
  return readingOrder(chapters.filter((chapter) => partOf(chapter.id)));
}
