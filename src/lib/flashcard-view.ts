/** The plain props the flashcard islands render, built at build time from frontmatter. */
import type { Flashcard } from '../schemas/flashcard';
import type { ChapterContext } from './quiz-view';

export interface CardView {
  id: string;
  front: string;
  back: string;
  /** "Learn more" link to the section that teaches the card. */
  review: { href: string; title: string };
  /**
   * The card's chapter, for the review page's filter and the Anki tags. Left out of
   * chapter decks, where every card shares it, to keep each page's island props small.
   */
  chapter?: { id: string; title: string; href: string };
}

export function toCardView(
  card: Flashcard,
  chapter: Omit<ChapterContext, 'renderInline'>,
  { withChapter = true }: { withChapter?: boolean } = {},
): CardView {
  const anchor = card.teaches.slice(1);
  const heading = chapter.headings.find((each) => each.slug === anchor);
  return {
    id: card.id,
    front: card.front,
    back: card.back,
    review: { href: `${chapter.href}#${anchor}`, title: heading?.text ?? chapter.title },
    ...(withChapter
      ? { chapter: { id: chapter.id, title: chapter.title, href: chapter.href } }
      : {}),
  };
}

/** Escapes a field for a tab-separated file: no tabs or line breaks inside a field. */
function tsvField(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/** Returns an Anki-importable TSV: front, back and one tag per chapter. */
export function toAnkiTsv(cards: readonly CardView[]): string {
  const header = ['#separator:tab', '#html:false', '#tags column:3'];
  const rows = cards.map((card) =>
    [
      card.front,
      card.back,
      `fine-tuning-course::${(card.chapter?.id ?? 'course').replace(/\//g, '::')}`,
    ]
      .map(tsvField)
      .join('\t'),
  );
  return `${[...header, ...rows].join('\n')}\n`;
}
