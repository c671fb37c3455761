/**
 * Turns a parsed export into draft MDX chapters, one per study-notes section, in the site's
 * frontmatter format (see src/schemas/chapter.ts, question.ts, flashcard.ts).
 *
 * - Every bullet becomes a `##` heading naming its key term, with the bullet as its paragraph.
 * - Each question and card goes to the chapter whose text it matches best (TF-IDF cosine),
 *   and `teaches` points at the best-matching heading there.
 * - Exports carry no explanations, and a question without a `why` per option is unfinished,
 *   so every imported question is a draft (`draft: true`, empty `why`s), keeping whatever
 *   options and answer the export had. Cards without a back are drafts too. The site
 *   leaves drafts out and the build counts them, so nothing half-made reaches learners,
 *   and no placeholder text is ever written for an author to forget.
 * - `<Quiz />` and `<Flashcards />` are placed only when `componentsDir` is given, because an
 *   MDX import path is relative to the chapter and the output folder can be anywhere.
 * - Export text is data. It is written through inert-markdown.ts, so no line of it can become
 *   MDX code or markup, and every page is a Starlight draft (`draft: true`): it stays out of
 *   the production site until an author has rewritten it and removed that line.
 */
import { join, relative, sep } from 'node:path';
import { slug } from 'github-slugger';
// The YAML library Astro reads frontmatter with, so every value reads back as it was written.
import { dump } from 'js-yaml';
import {
  assertInert,
  inertInlineMarkdown,
  inertParagraph,
  plainHeading,
  toInertMdx,
} from './inert-markdown.ts';
import type { ParsedCard, ParsedExport, ParsedQuestion, ParsedSection } from './parse-export.ts';
import { createIndex, STOP_WORDS } from './tf-idf.ts';

export interface FileCounts {
  completeQuestions: number;
  draftQuestions: number;
  completeCards: number;
  draftCards: number;
}
export interface PlannedFile {
  path: string;
  content: string;
  counts: FileCounts;
}
export interface DraftOptions {
  /** Folder the chapters will be written to. */
  outDir: string;
  /** The site's src/components folder; when set, chapters import and place the quiz and deck. */
  componentsDir?: string;
}

export const DRAFT_NOTICE = [
  ':::caution[Draft]',
  'This chapter was generated from a study-notes export by `npm run import`. Rewrite it in your own words before publishing.',
  ':::',
].join('\n');

const ACTION_VERBS = new Set(
  (
    'adapt add adjust apply avoid build check choose clean collect compare configure consider ' +
    'continue create decide define deploy determine evaluate focus halt identify keep load ' +
    'measure monitor prepare review run select set split test train tune use write'
  ).split(' '),
);
/** Where a bullet's key term ends: a verb or a clause-opening word after the subject. */
const TERM_END = / (?:is|are|was|were|can|could|may|might|must|should|will|would)\b/i;
const CLAUSE_END = / (?:that|which|who|to|for|with|by|in|if|when|because|such as)\b/i;
const PUNCTUATION = /\s*(?:--|[(;:.,—])/g;

type TermKind = 'term' | 'action' | 'phrase';
interface KeyTerm {
  text: string;
  kind: TermKind;
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Lowercases Capitalised words but keeps acronyms such as LLMs or BLEU. */
const lowerWords = (text: string) => text.replace(/\b\p{Lu}\p{Ll}*\b/gu, (w) => w.toLowerCase());

/** The short name a bullet is about: "Overfitting: …" → "Overfitting", "X is …" → "X". */
export function keyTerm(bullet: string): KeyTerm {
  const colon = /^([^:]+):\s/.exec(bullet)?.[1]?.trim();
  if (colon && wordsOf(colon).length <= 6) return { text: colon, kind: 'term' };
  const cuts: { at: number; term: boolean }[] = [];
  const termEnd = TERM_END.exec(bullet);
  if (termEnd) cuts.push({ at: termEnd.index, term: true });
  const clauseEnd = CLAUSE_END.exec(bullet);
  if (clauseEnd) cuts.push({ at: clauseEnd.index, term: false });
  for (const match of bullet.matchAll(PUNCTUATION)) {
    // A one-word clause ("Smaller, …") is too little to name a section.
    if (wordsOf(bullet.slice(0, match.index)).length >= 2) {
      cuts.push({ at: match.index, term: match[0].trim() === '(' });
      break;
    }
  }
  const cut = cuts.filter(({ at }) => at > 0).sort((a, b) => a.at - b.at)[0];
  const words = wordsOf(bullet.slice(0, cut?.at)).slice(0, 6);
  while (words.length > 1 && STOP_WORDS.has((words.at(-1) ?? '').toLowerCase())) words.pop();
  const text = capitalise(words.join(' ').replace(/[\s,;:.]+$/, ''));
  const first = (words[0] ?? '').toLowerCase();
  if (ACTION_VERBS.has(first) || (first.endsWith('ly') && words.length > 1)) {
    return { text, kind: 'action' };
  }
  return { text, kind: cut?.term ? 'term' : 'phrase' };
}

function objective({ text, kind }: KeyTerm): string {
  if (kind === 'action') return text;
  return kind === 'term' ? `Explain ${lowerWords(text)}` : `Explain how ${lowerWords(text)}`;
}

interface DraftObjective {
  id: string;
  text: string;
  /** The bullet it came from; questions and cards placed under that bullet check it. */
  bullet: number;
}

/** Two or three objectives, preferring bullets that name a term or an action. */
function objectivesOf(terms: KeyTerm[], title: string): DraftObjective[] {
  const ranked = terms
    .map((term, index) => ({ term, index, rank: term.kind === 'phrase' ? 1 : 0 }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, 3)
    .sort((a, b) => a.index - b.index);
  const objectives: DraftObjective[] = [];
  const taken = new Set<string>();
  const add = (text: string, bullet: number) => {
    if (objectives.some((each) => each.text === text)) return;
    objectives.push({ id: idFrom(text, taken), text, bullet });
  };
  for (const { term, index } of ranked) add(objective(term), index);
  if (objectives.length < 2) add(`Describe the main ideas of ${lowerWords(title)}`, -1);
  return objectives;
}

/** The objective a question or card placed under a bullet checks: that bullet's, or the first. */
function objectiveFor(objectives: DraftObjective[], bullet: number): string {
  return (objectives.find((each) => each.bullet === bullet) ?? objectives[0])?.id ?? '';
}

/** The first sentence of the first bullet, topped up from later ones when short, ≤ 160 chars. */
function descriptionOf(section: ParsedSection): string {
  const sentences = section.bullets.map(({ text }) => {
    const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? `${text.replace(/[\s,;:]+$/, '')}.`;
    return capitalise(sentence);
  });
  let description = sentences[0] ?? '';
  for (const next of sentences.slice(1)) {
    if (description.length >= 50 || description.length + next.length + 1 > 160) break;
    description = `${description} ${next}`;
  }
  if (description.length <= 160) return description;
  return `${description.slice(0, 159).replace(/\s+\S*$/, '')}…`;
}

/** kebab-case from the first six meaningful words, e.g. "primary-benefit-fine-tuning-…". */
export function idFrom(text: string, taken: Set<string>): string {
  const words = text
    .replace(/['’]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  const base = (meaningful.length ? meaningful : words).slice(0, 6).join('-') || 'item';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function questionEntry(
  { prompt, options: parsed }: ParsedQuestion,
  id: string,
  teaches: string,
  objective: string,
) {
  const options = parsed.map(({ text, correct }) => ({
    text: inertInlineMarkdown(text),
    ...(correct ? { correct: true } : {}),
    why: '',
  }));
  const fixedOrder = parsed.some(({ text }) => /\b(all|none|both) of the\b/i.test(text));
  return {
    id,
    draft: true,
    prompt: inertInlineMarkdown(prompt),
    options,
    teaches,
    objective,
    ...(fixedOrder ? { fixedOrder } : {}),
  };
}

function cardEntry(card: ParsedCard, id: string, teaches: string, objective: string) {
  const front = inertInlineMarkdown(card.front);
  return card.back === undefined
    ? { id, draft: true, front, back: '', teaches, objective }
    : { id, front, back: inertInlineMarkdown(card.back), teaches, objective };
}

/** Longest file-name part taken from a section title; longer titles are cut at a word. */
const MAX_NAME_SLUG = 60;

/** A file-name-safe slug of a title, short enough for every file system. */
export function fileSlug(title: string): string {
  const full = slug(title) || 'chapter';
  if (full.length <= MAX_NAME_SLUG) return full;
  const cut = full.slice(0, MAX_NAME_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_NAME_SLUG);
}

/** Plans one chapter file per study-notes section. Pure: nothing is read or written. */
export function draftChapters(parsed: ParsedExport, options: DraftOptions): PlannedFile[] {
  const { sections } = parsed;
  const chapters = sections.map((section) => {
    const terms = section.bullets.map(({ text }) => keyTerm(text));
    const slugs = new Set<string>();
    const headings = terms.map(({ text }) => {
      let heading = text;
      for (let n = 2; slugs.has(slug(heading)); n += 1) heading = `${text} ${n}`;
      slugs.add(slug(heading));
      return heading;
    });
    const objectives = objectivesOf(terms, section.title);
    return { section, headings, objectives, quiz: [] as object[], flashcards: [] as object[] };
  });
  // The text a learner will read: title, headings and paragraphs. Each index is built once,
  // so placing thousands of questions does not tokenise every chapter again for each.
  const chapterIndex = createIndex(
    chapters.map(({ section, headings }) =>
      [section.title, ...headings, ...section.bullets.map(({ text }) => text)].join('\n'),
    ),
  );
  const headingIndexes = new Map<number, ReturnType<typeof createIndex>>();
  const headingIndex = (at: number) => {
    let index = headingIndexes.get(at);
    if (!index) {
      const chapter = chapters[at];
      index = createIndex(
        (chapter?.section.bullets ?? []).map(
          (bullet, n) => `${chapter?.headings[n]}\n${bullet.text}`,
        ),
      );
      headingIndexes.set(at, index);
    }
    return index;
  };
  /** The best chapter for a text, and the anchor of its best-matching heading. */
  const place = (text: string) => {
    const at = chapterIndex.best(text)?.index ?? 0;
    const chapter = chapters[at];
    if (!chapter) throw new Error('draftChapters needs at least one study-notes section.');
    const bullet = headingIndex(at).best(text)?.index ?? 0;
    const heading = chapter.headings[bullet] ?? '';
    return {
      chapter,
      teaches: `#${slug(heading)}`,
      objective: objectiveFor(chapter.objectives, bullet),
    };
  };
  const taken = new Set<string>();
  for (const question of parsed.questions) {
    const { chapter, teaches, objective } = place(
      [question.prompt, ...question.options.map(({ text }) => text)].join('\n'),
    );
    chapter.quiz.push(questionEntry(question, idFrom(question.prompt, taken), teaches, objective));
  }
  for (const card of parsed.flashcards) {
    const { chapter, teaches, objective } = place(`${card.front}\n${card.back ?? ''}`);
    chapter.flashcards.push(cardEntry(card, idFrom(card.front, taken), teaches, objective));
  }

  const width = Math.max(2, String(sections.length).length);
  const { outDir, componentsDir } = options;
  const components = componentsDir && (relative(outDir, componentsDir).split(sep).join('/') || '.');
  const importPath = components?.startsWith('.') ? components : `./${components ?? ''}`;
  const drafts = (entries: object[]) => entries.filter((entry) => 'draft' in entry).length;
  return chapters.map(({ section, headings, objectives, quiz, flashcards }, index) => {
    const name = `${String(index + 1).padStart(width, '0')}-${fileSlug(section.title)}.mdx`;
    const frontmatter = dump(
      {
        title: section.title,
        description: descriptionOf(section),
        // A Starlight draft: shown by `npm run dev`, left out of the built site.
        draft: true,
        sidebar: { order: index + 1 },
        objectives: objectives.map(({ id, text }) => ({ id, text })),
        ...(quiz.length ? { quiz } : {}),
        ...(flashcards.length ? { flashcards } : {}),
      },
      { lineWidth: -1, noRefs: true },
    );
    const uses =
      componentsDir === undefined ? [] : [quiz.length && 'Quiz', flashcards.length && 'Flashcards'];
    const used = uses.filter((component) => typeof component === 'string');
    const imports = used
      .map((component) => `import ${component} from '${importPath}/${component}.astro';`)
      .join('\n');
    const notes = toInertMdx({
      type: 'root',
      children: section.bullets.flatMap(({ text }, n) => [
        plainHeading(2, headings[n] ?? ''),
        inertParagraph(text),
      ]),
    });
    const body = [imports, DRAFT_NOTICE, notes.trimEnd(), ...used.map((c) => `<${c} />`)];
    const path = join(outDir, name);
    const content = `---\n${frontmatter}---\n\n${body.filter(Boolean).join('\n\n')}\n`;
    // Only the importer's own imports and tags may be code; export text never is.
    assertInert(
      content.slice(content.indexOf('\n---\n') + 5),
      new Set([imports, ...used.map((c) => `<${c}>`)]),
      path,
    );
    return {
      path,
      content,
      counts: {
        completeQuestions: quiz.length - drafts(quiz),
        draftQuestions: drafts(quiz),
        completeCards: flashcards.length - drafts(flashcards),
        draftCards: drafts(flashcards),
      },
    };
  });
}
