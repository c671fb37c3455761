/**
 * Checks every chapter's `quiz` and `flashcards` blocks, one chapter at a time and across the course:
 * the schema, ids unique across all files, and `teaches` anchors that exist.
 * Pure: it takes parsed files and returns problems, so tests can feed it fixtures.
 */
import type { z } from 'astro/zod';
import { FlashcardsSchema } from '../schemas/flashcard';
import { QuizSchema } from '../schemas/question';
import { problemsFromIssues, type ContentProblem } from './errors';
import { headingsOf } from '../course/headings';

export interface ContentFile {
  /** Path shown in messages, relative to the project root. */
  file: string;
  /** Parsed YAML frontmatter. */
  frontmatter: Record<string, unknown>;
  /** Markdown or MDX body, used to find heading anchors. */
  body: string;
  /** How Astro reads the body: MDX (with JSX and expressions) or plain Markdown. */
  format?: 'md' | 'mdx';
}

interface Located {
  file: string;
  block: string;
  id: string;
}

const BLOCKS = { quiz: QuizSchema, flashcards: FlashcardsSchema } satisfies Record<
  string,
  z.ZodType<{ id: string; teaches: string }[]>
>;
type Block = keyof typeof BLOCKS;

function checkBlock(
  source: ContentFile,
  block: Block,
  anchors: ReadonlySet<string>,
  seen: Map<string, Located>,
): ContentProblem[] {
  const items = source.frontmatter[block];
  if (items === undefined) return [];
  const parsed = BLOCKS[block].safeParse(items);
  if (!parsed.success) return problemsFromIssues(source.file, block, items, parsed.error.issues);

  const problems: ContentProblem[] = [];
  for (const item of parsed.data) {
    const label = `"${item.id}"`;
    const key = `${block}:${item.id}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push({
        file: source.file,
        block,
        item: label,
        field: 'id',
        message: `is already used in ${earlier.file} (${earlier.block}). Ids must be unique across the course; rename one of them.`,
      });
    } else {
      seen.set(key, { file: source.file, block, id: item.id });
    }
    if (!anchors.has(item.teaches.slice(1))) {
      problems.push({
        file: source.file,
        block,
        item: label,
        field: 'teaches',
        message: `points to "${item.teaches}", but no heading in this chapter has that anchor. Use one of: ${[...anchors].map((anchor) => `#${anchor}`).join(', ') || '(the chapter has no headings)'}.`,
      });
    }
  }
  return problems;
}

/**
 * Returns every problem in the course's question and card blocks, in file order.
 * Question ids and card ids are separate namespaces: each must be unique among its kind.
 */
export function validateCourse(files: readonly ContentFile[]): ContentProblem[] {
  const seen = new Map<string, Located>();
  return files.flatMap((source) => {
    const anchors = new Set(headingsOf(source.body, source.format).map((heading) => heading.slug));
    return (Object.keys(BLOCKS) as Block[]).flatMap((block) =>
      checkBlock(source, block, anchors, seen),
    );
  });
}

export interface DraftCount {
  file: string;
  /** The whole page is a Starlight draft (`draft: true`), left out of the built site. */
  page: boolean;
  questions: number;
  cards: number;
}

/** Counts the draft pages, questions and cards in each file that has any. */
export function countDrafts(files: readonly ContentFile[]): DraftCount[] {
  const drafts = (items: unknown) =>
    Array.isArray(items)
      ? items.filter(
          (item) =>
            typeof item === 'object' && item !== null && 'draft' in item && item.draft === true,
        ).length
      : 0;
  return files
    .map(({ file, frontmatter }) => ({
      file,
      page: frontmatter.draft === true,
      questions: drafts(frontmatter.quiz),
      cards: drafts(frontmatter.flashcards),
    }))
    .filter((count) => count.page || count.questions + count.cards > 0);
}
