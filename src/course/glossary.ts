/**
 * Reads the glossary page (src/content/docs/glossary.mdx), the one list of terms, at build time:
 * the glossary's jump bar reads its letters, and the Markdown plugin that links each chapter's
 * first use of a term (term-links.ts) reads its terms. A heading out of place stops the build
 * with one line per heading, naming the fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { glossaryOf, type Glossary } from '../lib/glossary';
import { headingsOf } from './headings';

/** The glossary's place in the content collection, relative to `srcDir`. */
export const GLOSSARY_FILE = 'content/docs/glossary.mdx';

/** Removes the YAML frontmatter, which Markdown would read as a heading underline. */
function bodyOf(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}

/** The glossary of an MDX body (frontmatter included or not). */
export function glossaryFromSource(source: string, file = `src/${GLOSSARY_FILE}`): Glossary {
  const glossary = glossaryOf(headingsOf(bodyOf(source), 'mdx'));
  if (glossary.problems.length > 0) {
    throw new AstroError(
      `The glossary has ${glossary.problems.length === 1 ? '1 problem' : `${glossary.problems.length} problems`}:\n${glossary.problems.map((problem) => `  - ${file} › ${problem}`).join('\n')}`,
      'The glossary is a "## A" heading per letter, with its terms as "### Term" headings in alphabetical order under it.',
    );
  }
  return glossary;
}

/** Reads the glossary from the site's source folder; a site without one has no terms. */
export function readGlossary(srcDir: URL): Glossary {
  const file = new URL(GLOSSARY_FILE, srcDir);
  if (!existsSync(file)) return glossaryOf([]);
  return glossaryFromSource(readFileSync(file, 'utf8'));
}
