/**
 * Rules shared by every course block: ids, heading anchors and the inline Markdown of
 * question and card text. One definition each, so a question and a card can never disagree.
 */
import { z } from 'astro/zod';
import { inlineMarkdownProblems } from '../lib/inline-markdown';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Explains a value YAML read as something other than text, which an id must be. */
function notText(input: unknown, example: string): string {
  if (input === undefined) return `is missing. Add one, e.g. \`id: ${example}\`.`;
  const kind =
    input instanceof Date
      ? 'a date'
      : typeof input === 'number'
        ? 'a number'
        : typeof input === 'boolean'
          ? 'true/false'
          : input === null
            ? 'empty'
            : `a ${Array.isArray(input) ? 'list' : typeof input}`;
  return `is read as ${kind}, but ids are text. Quote it, e.g. \`id: "${String(input instanceof Date ? input.toISOString().slice(0, 10) : input)}"\`.`;
}

/**
 * A stable kebab-case id. Saved progress is keyed by it, so it must be text, and it must not
 * be a name every JavaScript object already has (`constructor`), which would read as saved
 * data that was never saved.
 */
export function idSchema(example: string) {
  return z
    .string({ error: (issue) => notText(issue.input, example) })
    .regex(KEBAB_CASE, 'Use kebab-case for `id`: lowercase words joined by hyphens.')
    .refine((id) => !(id in Object.prototype), {
      error: (issue) =>
        `"${String(issue.input)}" is reserved in JavaScript. Choose another id, e.g. "${String(issue.input)}-question".`,
    });
}

/** A heading anchor in the same chapter, written `#anchor`. */
export function anchorSchema(what: string) {
  return z
    .string({ error: `Add \`teaches: "#anchor"\` naming the heading that teaches ${what}.` })
    .regex(/^#[^\s#]+$/, 'Write `teaches` as a heading anchor such as "#overfitting".');
}

/**
 * Text shown to learners, written in inline Markdown. Raw HTML, images and links that are not
 * http(s), mailto or site paths fail the build with the reason: silently dropping them would
 * change what the author wrote without telling them.
 */
export function inlineMarkdownSchema() {
  return z
    .string()
    .trim()
    .superRefine((text, context) => {
      for (const message of inlineMarkdownProblems(text)) {
        context.addIssue({ code: 'custom', message });
      }
    });
}
