/** The plain props the flashcard islands render, built at build time from frontmatter. */
import type { Flashcard } from '../schemas/flashcard';
import type { ChapterContext } from './quiz-view';
import { reviewLink, type ReviewLink } from './review-link';

export interface CardView {
  id: string;
  /** The front as sanitised inline HTML (see src/lib/inline-markdown.ts). */
  frontHtml: string;
  /** The back as sanitised inline HTML. */
  backHtml: string;
  /** "Learn more" link to the section that teaches the card. */
  review: ReviewLink;
  /**
   * The card's chapter, for the review page's filter and the Anki tags. Left out of
   * chapter decks, where every card shares it, to keep each page's island props small.
   */
  chapter?: { id: string; title: string; href: string };
}

export function toCardView(
  card: Flashcard,
  chapter: ChapterContext,
  { withChapter = true }: { withChapter?: boolean } = {},
): CardView {
  return {
    id: card.id,
    frontHtml: chapter.renderInline(card.front),
    backHtml: chapter.renderInline(card.back),
    review: reviewLink(card.teaches, chapter),
    ...(withChapter
      ? { chapter: { id: chapter.id, title: chapter.title, href: chapter.href } }
      : {}),
  };
}

/** The deck name Anki files imported cards under. */
export const ANKI_DECK = 'Fine-tuning LLMs';

/**
 * Quotes a field the way Anki's text importer reads it (CSV rules with a tab separator): a
 * field that holds a tab, a line break or a double quote, or that starts with `#` (which
 * would read as a header line), is wrapped in double quotes with inner quotes doubled.
 */
function ankiField(text: string): string {
  return /[\t\r\n"]|^#/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A stable note GUID from the card id, so importing a newer export updates the learner's
 * notes (and keeps their review history) instead of adding duplicates.
 */
export function ankiGuid(cardId: string): string {
  return `fine-tuning-course:${cardId}`;
}

/**
 * Returns the course's cards in Anki's text import format (Anki 2.1.55+ header lines):
 * GUID, front, back and tags, with HTML fields. Front and back are the sanitised HTML the
 * site shows, so emphasis, code and links survive the import.
 */
export function toAnkiTsv(cards: readonly CardView[]): string {
  const header = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${ANKI_DECK}`,
    '#columns:GUID\tFront\tBack\tTags',
    '#guid column:1',
    '#tags column:4',
  ];
  const rows = cards.map((card) =>
    [
      ankiGuid(card.id),
      card.frontHtml,
      card.backHtml,
      `fine-tuning-course::${(card.chapter?.id ?? 'course').replace(/\//g, '::')}`,
    ]
      .map(ankiField)
      .join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}
