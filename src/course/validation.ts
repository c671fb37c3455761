/**
 * The course's own checks on question and card blocks, on data Astro's content layer has
 * already read (src/course/loader.ts runs them):
 * - per chapter: the block schemas, reported one line per problem with the item's id;
 * - across the course: ids unique among questions and among cards, and `teaches` anchors that
 *   are headings on the built page.
 */
import type { z } from 'astro/zod';
import { ChapterSchema } from '../schemas/chapter';
import { FlashcardsSchema } from '../schemas/flashcard';
import { QuizSchema } from '../schemas/question';
import { problemsFromIssues, type ContentProblem } from './error';
import { headingsOf } from './headings';
import { objectiveProblems } from './objectives';

/** A chapter as the checks see it. */
export interface CourseFile {
  /** Path shown in messages, relative to the project root. */
  file: string;
  /** The frontmatter, as read from YAML (before or after the schema). */
  data: Record<string, unknown>;
  /** Markdown or MDX body, for the heading anchors. */
  body: string;
  /** How Astro reads the body: MDX (with JSX and expressions) or plain Markdown. */
  format: 'md' | 'mdx';
}

const BLOCKS = { quiz: QuizSchema, flashcards: FlashcardsSchema } satisfies Record<
  string,
  z.ZodType<{ id: string; teaches: string }[]>
>;
type Block = keyof typeof BLOCKS;
const blockNames = Object.keys(BLOCKS) as Block[];

const CHECKED = { ...BLOCKS, objectives: ChapterSchema.shape.objectives.unwrap() };

/** Schema problems in one chapter's `objectives`, `quiz` and `flashcards` blocks. */
export function blockProblems(file: string, data: Record<string, unknown>): ContentProblem[] {
  return (Object.keys(CHECKED) as (keyof typeof CHECKED)[]).flatMap((block) => {
    const items = data[block];
    if (items === undefined) return [];
    const parsed = CHECKED[block].safeParse(items);
    return parsed.success ? [] : problemsFromIssues(file, block, items, parsed.error.issues);
  });
}

/**
 * Problems that need the whole chapter or course: an id used twice (question ids and card ids
 * are separate namespaces), a `teaches` anchor no heading has, and questions and cards that do
 * not match the chapter's objectives. Expects blocks that passed `blockProblems`.
 */
export function courseProblems(files: readonly CourseFile[]): ContentProblem[] {
  const seen = new Map<string, string>();
  return files.flatMap(({ file, data, body, format }) => {
    // Before the early return: a chapter with objectives and no quiz has unchecked objectives.
    const linked = objectiveProblems(file, data);
    if (!blockNames.some((block) => Array.isArray(data[block]) && data[block].length > 0))
      return linked;
    const anchors = new Set(headingsOf(body, format).map((heading) => heading.slug));
    const items = blockNames.flatMap((block) => {
      const items = (data[block] ?? []) as { id: string; teaches: string }[];
      return items.flatMap((item): ContentProblem[] => {
        const problems: ContentProblem[] = [];
        const at = { file, block, item: `"${item.id}"` };
        const key = `${block}:${item.id}`;
        const earlier = seen.get(key);
        if (earlier) {
          problems.push({
            ...at,
            field: 'id',
            message: `is already used in ${earlier} (${block}). Ids must be unique across the course; rename one of them.`,
          });
        } else {
          seen.set(key, file);
        }
        if (!anchors.has(item.teaches.slice(1))) {
          const known = [...anchors].map((anchor) => `#${anchor}`).join(', ');
          problems.push({
            ...at,
            field: 'teaches',
            message: `points to "${item.teaches}", but no heading in this chapter has that anchor. Use one of: ${known || '(the chapter has no headings)'}.`,
          });
        }
        return problems;
      });
    });
    return [...items, ...linked];
  });
}

/** Every problem in a set of chapters, in file order: what the build reports. */
export function validateCourse(files: readonly CourseFile[]): ContentProblem[] {
  const broken = new Set<string>();
  const problems = files.flatMap(({ file, data }) => {
    const found = blockProblems(file, data);
    if (found.length > 0) broken.add(file);
    return found;
  });
  return [...problems, ...courseProblems(files.filter(({ file }) => !broken.has(file)))];
}

export interface DraftCount {
  file: string;
  /** The whole page is a Starlight draft (`draft: true`), left out of the built site. */
  page: boolean;
  questions: number;
  cards: number;
}

/** Counts the draft pages, questions and cards in each file that has any. */
export function countDrafts(files: readonly Pick<CourseFile, 'file' | 'data'>[]): DraftCount[] {
  const drafts = (items: unknown) =>
    Array.isArray(items)
      ? items.filter(
          (item) =>
            typeof item === 'object' && item !== null && 'draft' in item && item.draft === true,
        ).length
      : 0;
  return files
    .map(({ file, data }) => ({
      file,
      page: data.draft === true,
      questions: drafts(data.quiz),
      cards: drafts(data.flashcards),
    }))
    .filter((count) => count.page || count.questions + count.cards > 0);
}

/** One warning line per file that still holds drafts, so none is forgotten. */
export function draftWarning({ file, page, questions, cards }: DraftCount): string {
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const held = `${plural(questions, 'draft question')} and ${plural(cards, 'draft card')}`;
  return page
    ? `${file} is a draft page with ${held}, left out of the site. Rewrite it, finish its drafts and remove its \`draft: true\` lines to publish.`
    : `${file} has ${held} left out of the site. Finish them and remove \`draft: true\` to publish.`;
}
