// The course's decks: every chapter has a deck worth drilling, and every glossary term can be
// drilled. The seed cards are checked in tests/content/seed-coverage.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { glossaryFromSource } from '../../src/course/glossary';
import { loadChapters, DOCS_DIR } from '../support/course';

interface Card {
  id: string;
  front: string;
  back: string;
}

const chapters = loadChapters();
const cards = chapters.flatMap((chapter) => (chapter.data.flashcards ?? []) as Card[]);
const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/isation/g, 'ization')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('course flashcards', () => {
  test('returns at least 3 cards in every chapter', () => {
    for (const chapter of chapters) {
      expect(
        (chapter.data.flashcards as Card[] | undefined)?.length ?? 0,
        chapter.id,
      ).toBeGreaterThanOrEqual(3);
    }
  });

  test('returns backs of one to three sentences', () => {
    for (const card of cards) {
      const sentences = card.back.split(/[.!?](?:\s|$)/).filter((part) => part.trim()).length;
      expect(sentences, card.id).toBeGreaterThanOrEqual(1);
      expect(sentences, card.id).toBeLessThanOrEqual(3);
    }
  });

  test('returns a card that names every glossary term', () => {
    const glossary = glossaryFromSource(readFileSync(`${DOCS_DIR}glossary.mdx`, 'utf8'));
    const terms = glossary.terms.map((entry) => entry.forms[0]!.split(' / ')[0]!);
    const texts = cards.map((card) => ` ${normalise(`${card.front} ${card.back}`)} `);
    // A term counts as named in its singular or plural form ("preference data", "adapters").
    const named = (term: string) => {
      const words = normalise(term).split(' ');
      const forms = [
        words.join(' '),
        `${words.join(' ')}s`,
        words.map((w) => w.replace(/s$/, '')).join(' '),
      ];
      return texts.some((text) => forms.some((form) => text.includes(` ${form} `)));
    };
    expect(terms.filter((term) => !named(term))).toEqual([]);
  });
});
