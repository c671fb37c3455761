/**
 * Astro integration that validates the course's question and card blocks before anything is
 * built, so `astro dev`, `astro build` and `astro check` all stop on the same clear,
 * one-line-per-problem report instead of a stack trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// Astro's own frontmatter reader: the same YAML parser, and a byte-order mark at the start of
// a file is read the way Astro reads it instead of hiding the frontmatter from this check.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { countDrafts, validateCourse, type ContentFile } from '../lib/course-validation';
import { formatProblem } from '../lib/errors';

function listContentFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return listContentFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

/** Reads and parses every Markdown and MDX file under `docsDir`, sorted by path. */
export function readContentFiles(docsDir: string, root: string): ContentFile[] {
  return listContentFiles(docsDir)
    .sort()
    .map((path) => {
      const file = relative(root, path);
      let data: unknown;
      let body: string;
      try {
        ({ frontmatter: data, content: body } = parseFrontmatter(readFileSync(path, 'utf8')));
      } catch (error) {
        // js-yaml knows the line (counted from the file's first line, as Astro passes the
        // frontmatter with its opening newline) but not the file; an author needs both.
        const reason = (error as { reason?: string; mark?: { line: number } }) ?? {};
        const line = reason.mark ? ` on line ${reason.mark.line + 1}` : '';
        throw new Error(
          `${file} › frontmatter: the YAML cannot be read${line} (${reason.reason ?? String(error)}). Check the indentation and quote values that contain ": ".`,
        );
      }
      return {
        file,
        frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
        body,
        format: path.endsWith('.mdx') ? 'mdx' : 'md',
      };
    });
}

export default function courseContent(): AstroIntegration {
  return {
    name: 'course-content',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const files = readContentFiles(
          fileURLToPath(new URL('content/docs/', config.srcDir)),
          root,
        );
        const problems = validateCourse(files);
        if (problems.length > 0) {
          const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
          throw new Error(
            `The course content has ${count}:\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`,
          );
        }
        logger.info(`Checked the question and card blocks of ${files.length} pages.`);
        // Drafts are valid but unfinished; say how many are held back so none is forgotten.
        for (const { file, page, questions, cards } of countDrafts(files)) {
          const plural = (count: number, noun: string) =>
            `${count} ${noun}${count === 1 ? '' : 's'}`;
          const what = page
            ? `is a draft page with ${plural(questions, 'draft question')} and ${plural(cards, 'draft card')}, left out of the site. Rewrite it, finish its drafts and remove its \`draft: true\` lines to publish.`
            : `has ${plural(questions, 'draft question')} and ${plural(cards, 'draft card')} left out of the site. Finish them and remove \`draft: true\` to publish.`;
          logger.warn(`${file} ${what}`);
        }
      },
    },
  };
}
