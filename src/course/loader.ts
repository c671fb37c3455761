/**
 * The docs collection's loader: Starlight's `docsLoader()`, with the course's checks on the data
 * Astro has just read. One content pipeline: Astro parses each chapter's frontmatter once, the
 * collection schema (src/schemas/) validates it, and this loader turns failures in `quiz` and
 * `flashcards` blocks into the course's one-line-per-problem report, collected over every
 * chapter before anything is built, then adds the checks that need the whole course.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { courseContentError, type ContentProblem } from './error';
import {
  blockProblems,
  countDrafts,
  courseProblems,
  draftWarning,
  type CourseFile,
} from './validation';

export function courseLoader(): Loader {
  const docs = docsLoader();
  return {
    name: 'course-docs-loader',
    async load(context: LoaderContext) {
      const root = fileURLToPath(context.config.root);
      const fileOf = (path: string | undefined, id: string) => (path ? relative(root, path) : id);
      const problems: ContentProblem[] = [];
      const broken = new Set<string>();
      let loaded = false;

      await docs.load({
        ...context,
        async parseData(props) {
          try {
            return await context.parseData(props);
          } catch (error) {
            const found = blockProblems(fileOf(props.filePath, props.id), props.data);
            // Not a course block: Astro's own message says what is wrong.
            if (found.length === 0) throw error;
            // A file edited while `astro dev` runs is reported on its own, at once.
            if (loaded) throw courseContentError(found);
            problems.push(...found);
            broken.add(props.id);
            // Keep reading, so one run reports every chapter's problems; the entry is dropped below.
            return props.data as typeof props.data;
          }
        },
      });
      loaded = true;
      // A broken entry must not stay in the store: the next run has to read (and report) it again.
      for (const id of broken) context.store.delete(id);

      // Files load in parallel; sorting makes every report list them in the same order.
      const files: CourseFile[] = [...context.store.values()]
        .map((entry): CourseFile => ({
          file: entry.filePath ?? entry.id,
          data: entry.data,
          body: entry.body ?? '',
          format: entry.filePath?.endsWith('.md') ? 'md' : 'mdx',
        }))
        .sort((a, b) => a.file.localeCompare(b.file));
      problems.sort((a, b) => a.file.localeCompare(b.file));
      problems.push(...courseProblems(files));
      if (problems.length > 0) throw courseContentError(problems);

      context.logger.info(`Checked the question and card blocks of ${files.length} pages.`);
      for (const drafts of countDrafts(files)) context.logger.warn(draftWarning(drafts));
    },
  };
}
