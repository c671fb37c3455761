// Reads the course's chapters the way Astro's content layer does (its own frontmatter reader,
// the same YAML parser) so unit and browser tests share one source of truth: adding a chapter
// file is enough for every test to cover it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { CourseFile } from '../../src/course/validation';
import { PARTS, partOf, readingOrder } from '../../src/lib/chapters';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DOCS_DIR = fileURLToPath(new URL('../../src/content/docs/', import.meta.url));

/** Reads one Markdown or MDX file into what the course checks see. */
export function readCourseFile(path: string): CourseFile & { source: string } {
  const source = readFileSync(path, 'utf8');
  const { frontmatter, content } = parseFrontmatter(source);
  return {
    file: relative(ROOT, path),
    data: frontmatter,
    body: content,
    format: path.endsWith('.md') ? 'md' : 'mdx',
    source,
  };
}

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
    objectives?: { id: string; text: string }[];
  };
}

/** Every chapter, in reading order. */
export function loadChapters(): ChapterFile[] {
  const chapters = PARTS.flatMap(({ directory }) =>
    readdirSync(join(DOCS_DIR, directory))
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const path = join(DOCS_DIR, directory, name);
        const { file, source, body, data } = readCourseFile(path);
        const id = relative(DOCS_DIR, path).replace(/\.mdx?$/, '');
        return { id, file, source, body, data: { sidebar: {}, ...data } as ChapterFile['data'] };
      }),
  );
  return readingOrder(chapters.filter((chapter) => partOf(chapter.id)));
}

/** Every page of the docs collection, as the course checks read it. */
export function loadCourseFiles(): CourseFile[] {
  return readdirSync(DOCS_DIR, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => readCourseFile(join(entry.parentPath, entry.name)))
    .sort((a, b) => a.file.localeCompare(b.file));
}
