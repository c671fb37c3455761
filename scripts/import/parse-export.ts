/**
 * Reads a study-site export (plain text, one item per line) into questions, flashcards,
 * study-notes sections and the description, each with its 1-based line number.
 *
 * The export's quirks, learnt from tests/fixtures/exports/seed.txt:
 * - Sections start at the lines "Questions and Answers", "Flashcards", "Study Notes" and
 *   "Description"; the study notes end at "Studying That Suits You".
 * - Questions and card fronts are printed twice in a row (once for the page, once for
 *   screen readers), so a line repeated right after itself is one item, not two.
 * - Options are "- " lines after their question; "(correct)" at the end marks a right one.
 * - A card whose back sits behind the paywall has a filler line such as "Signup and view
 *   all the flashcards" instead, or nothing at all.
 * - Site chrome ("Podcast", "Related Documents", "Use AI to generate …") is ignored.
 */
import { ImportError } from './import-error.ts';

export interface ParsedOption {
  text: string;
  correct: boolean;
}
export interface ParsedQuestion {
  line: number;
  prompt: string;
  options: ParsedOption[];
}
export interface ParsedCard {
  line: number;
  front: string;
  /** Undefined when the export hid or left out the back. */
  back: string | undefined;
}
export interface ParsedBullet {
  line: number;
  text: string;
}
export interface ParsedSection {
  line: number;
  title: string;
  bullets: ParsedBullet[];
}
export interface ParsedExport {
  questions: ParsedQuestion[];
  flashcards: ParsedCard[];
  sections: ParsedSection[];
  /** The export's closing blurb; empty when it has none. */
  description: string;
}

const HEADINGS = ['Questions and Answers', 'Flashcards', 'Study Notes'] as const;
const NOTES_END = ['Studying That Suits You', 'Related Documents', 'Description'];
const CHROME = /^(podcast|related documents|studying that suits you|use ai to generate\b.*)$/i;
const FILLER = /^(sign ?up|log ?in|unlock|upgrade)\b.*\b(view|see|unlock)\b.*$/i;
const CORRECT = /\s*\(correct\)\s*$/i;

interface Line {
  number: number;
  text: string;
}

/**
 * Replacement and control characters (tab, line feed and carriage return excepted): what a
 * binary file turns into when it is read as text. Matching control characters is the point.
 */
// eslint-disable-next-line no-control-regex
const UNREADABLE = /[\uFFFD\x01-\x08\x0E-\x1F\x7F]/g;

/** Fails on input that is not text: NUL bytes, or more than 1 in 10 unreadable characters. */
function assertText(text: string, file: string | undefined): void {
  const nul = text.indexOf('\0');
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  if (nul === -1 && unreadable <= text.length / 10) return;
  const at = nul === -1 ? text.search(UNREADABLE) : nul;
  const line = text.slice(0, at).split('\n').length;
  const why = nul === -1 ? 'is mostly unreadable characters' : 'contains NUL bytes';
  throw new ImportError(
    `this is a binary file (it ${why}), not a text export. Copy the study page's text into a UTF-8 .txt file and import that.`,
    { file, line },
  );
}

/** Lines between two indexes, trimmed, without blanks and site chrome. */
function contentLines(lines: readonly string[], from: number, to: number): Line[] {
  const result: Line[] = [];
  for (let index = from; index < to; index += 1) {
    const text = (lines[index] ?? '').trim();
    if (text && !CHROME.test(text)) result.push({ number: index + 1, text });
  }
  return result;
}

function parseQuestions(lines: Line[], file: string | undefined): ParsedQuestion[] {
  const questions: ParsedQuestion[] = [];
  let current: ParsedQuestion | undefined;
  lines.forEach((line, index) => {
    if (line.text.startsWith('- ')) {
      if (!current) {
        throw new ImportError(
          `the option "${line.text}" has no question before it. Put the question's text on the line above the options (the export prints it twice), or delete the stray options.`,
          { file, line: line.number },
        );
      }
      const text = line.text.slice(2).trim();
      current.options.push({ text: text.replace(CORRECT, ''), correct: CORRECT.test(text) });
    } else if (!(current?.options.length === 0 && lines[index - 1]?.text === line.text)) {
      current = { line: line.number, prompt: line.text, options: [] };
      questions.push(current);
    }
  });
  return questions;
}

function parseFlashcards(lines: Line[]): ParsedCard[] {
  const cards: ParsedCard[] = [];
  let index = 0;
  while (index < lines.length) {
    const front = lines[index] as Line;
    index += lines[index + 1]?.text === front.text ? 2 : 1;
    const next = lines[index];
    // A line repeated right after itself is the next card's front, not this card's back.
    const isNextFront = next !== undefined && lines[index + 1]?.text === next.text;
    let back: string | undefined;
    if (next && !isNextFront) {
      back = FILLER.test(next.text) ? undefined : next.text;
      index += 1;
    }
    cards.push({ line: front.number, front: front.text, back });
  }
  return cards;
}

function parseSections(lines: Line[], file: string | undefined): ParsedSection[] {
  const sections: ParsedSection[] = [];
  const assertHasBullets = (section: ParsedSection | undefined) => {
    if (section && section.bullets.length === 0) {
      throw new ImportError(
        `the study-notes section "${section.title}" has no bullets. Add its notes as "- " lines under it, or delete the heading.`,
        { file, line: section.line },
      );
    }
  };
  for (const line of lines) {
    if (line.text.startsWith('- ')) {
      const section = sections.at(-1);
      if (!section) {
        throw new ImportError(
          `the bullet "${line.text}" comes before any study-notes section heading. Add a heading line (the chapter title) above it.`,
          { file, line: line.number },
        );
      }
      section.bullets.push({ line: line.number, text: line.text.slice(2).trim() });
    } else {
      assertHasBullets(sections.at(-1));
      sections.push({ line: line.number, title: line.text, bullets: [] });
    }
  }
  assertHasBullets(sections.at(-1));
  return sections;
}

/** Parses an export's text; `file` only labels error messages. Throws `ImportError`. */
export function parseExport(text: string, file?: string): ParsedExport {
  assertText(text, file);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!text.trim()) {
    throw new ImportError(
      'the file is empty. Export the study notes again and save the whole page text in this file.',
      { file, line: 1 },
    );
  }
  const find = (heading: string, from = 0) =>
    lines.findIndex((line, index) => index >= from && line.trim() === heading);
  const starts: number[] = [];
  for (const heading of HEADINGS) {
    const start = find(heading, (starts.at(-1) ?? -1) + 1);
    if (start === -1) {
      const previous = starts.at(-1);
      const after =
        previous === undefined
          ? ''
          : ` after the "${HEADINGS[starts.length - 1]}" heading on line ${previous + 1}`;
      throw new ImportError(
        `this is not a study-notes export: there is no "${heading}" heading line${after}. Import the text export of a study page, which has the headings ${HEADINGS.map((each) => `"${each}"`).join(', ')} in that order.`,
        { file, line: (previous ?? 0) + 1 },
      );
    }
    starts.push(start);
  }
  const [questionsAt, cardsAt, notesAt] = starts as [number, number, number];
  const ends = NOTES_END.map((heading) => find(heading, notesAt + 1)).filter((at) => at !== -1);
  const notesEnd = Math.min(lines.length, ...ends);
  const sections = parseSections(contentLines(lines, notesAt + 1, notesEnd), file);
  if (sections.length === 0) {
    throw new ImportError(
      'the "Study Notes" section is empty, so there are no chapters to draft. Add section headings with "- " bullets under it.',
      { file, line: notesAt + 1 },
    );
  }
  const descriptionAt = find('Description', notesAt + 1);
  return {
    questions: parseQuestions(contentLines(lines, questionsAt + 1, cardsAt), file),
    flashcards: parseFlashcards(contentLines(lines, cardsAt + 1, notesAt)),
    sections,
    description:
      descriptionAt === -1
        ? ''
        : contentLines(lines, descriptionAt + 1, lines.length)
            .map((line) => line.text)
            .join(' '),
  };
}
