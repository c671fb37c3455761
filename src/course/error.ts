/**
 * Turns schema issues in course frontmatter into one line per problem that names the
 * file, the block, the item id, the field and the fix, e.g.
 *
 *   src/content/docs/workflow/deployment.mdx › quiz › "distillation-purpose" › options: has no correct option. Mark …
 */
import type { z } from 'astro/zod';
import { AstroError } from 'astro/errors';

/** One problem in the course content, ready to print. */
export interface ContentProblem {
  file: string;
  /** Frontmatter block: `quiz` or `flashcards`. */
  block: string;
  /** The item's id, or `#3` (1-based position) when the item has no usable id. */
  item: string;
  field: string;
  message: string;
}

export function formatProblem({ file, block, item, field, message }: ContentProblem): string {
  return `${file} › ${block} › ${item} › ${field}: ${message}`;
}

/** Names a list item by its id, falling back to its position. */
export function itemLabel(items: unknown, index: number): string {
  const item = Array.isArray(items) ? items[index] : undefined;
  const id = item && typeof item === 'object' && 'id' in item ? item.id : undefined;
  return typeof id === 'string' && id.trim() ? `"${id}"` : `#${index + 1}`;
}

function fieldName(path: readonly PropertyKey[]): string {
  return (
    path
      .map((key) => (typeof key === 'number' ? `[${key + 1}]` : `.${String(key)}`))
      .join('')
      .replace(/^\./, '') || '(item)'
  );
}

/** Converts the issues of one frontmatter list (whose items are at path[0]) into problems. */
export function problemsFromIssues(
  file: string,
  block: string,
  items: unknown,
  issues: readonly z.core.$ZodIssue[],
): ContentProblem[] {
  return issues.map((issue) => {
    const [index, ...rest] = issue.path;
    if (typeof index !== 'number') {
      return { file, block, item: '(list)', field: block, message: issue.message };
    }
    return {
      file,
      block,
      item: itemLabel(items, index),
      field: fieldName(rest),
      message: issue.message,
    };
  });
}

/**
 * The error that stops `astro dev`, `build` and `check` when course blocks have problems: one
 * line per problem, and a hint on where every field is documented (like Starlight's
 * utils/error-map.ts).
 */
export function courseContentError(problems: readonly ContentProblem[]): AstroError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new AstroError(
    `The course content has ${count}:\n${problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n')}`,
    'Each line names the file, the block, the question or card id, the field and the fix. Every field is documented in src/schemas/question.ts and src/schemas/flashcard.ts.',
  );
}
