/**
 * Astro integration that validates the course's question and card blocks before anything is
 * built, so `astro dev`, `astro build` and `astro check` all stop on the same clear,
 * one-line-per-problem report instead of a stack trace.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
// js-yaml is the parser Astro itself uses for frontmatter, and several times faster than
// `yaml` on a thousand chapters.
import { load } from 'js-yaml';
import { countDrafts, validateCourse, type ContentFile } from '../lib/course-validation';
import { formatProblem } from '../lib/errors';
import { splitFrontmatter } from '../lib/prose';

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
      const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      let data: unknown;
      try {
        data = load(frontmatter);
      } catch (error) {
        // js-yaml knows the line but not the file; an author needs both.
        const reason = (error as { reason?: string; mark?: { line: number } }) ?? {};
        const line = reason.mark ? ` on frontmatter line ${reason.mark.line + 1}` : '';
        throw new Error(
          `${file} › frontmatter: the YAML cannot be read${line} (${reason.reason ?? String(error)}). Check the indentation and quote values that contain ": ".`,
        );
      }
      return {
        file,
        frontmatter: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
        body,
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
        for (const { file, questions, cards } of countDrafts(files)) {
          const plural = (count: number, noun: string) =>
            `${count} ${noun}${count === 1 ? '' : 's'}`;
          logger.warn(
            `${file}: ${plural(questions, 'draft question')} and ${plural(cards, 'draft card')} left out of the site. Finish them and remove \`draft: true\` to publish.`,
          );
        }
      },
    },
  };
}
