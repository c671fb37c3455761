// The course's decks: every seed card is present, every chapter has a deck worth drilling,
// and every glossary term can be drilled.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headingsOf } from '../../src/course/headings';
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

/** The fronts of the study-notes export's 19 flashcards, reworded only in capitalisation. */
const SEED_FRONTS = [
  'What is fine-tuning?',
  'How does fine-tuning work?',
  'What is few-shot learning?',
  'How does fine-tuning compare to few-shot learning?',
  'What is the first step in fine-tuning?',
  'Fine-tuning an LLM',
  'Why fine-tune?',
  'Benefits of fine-tuning',
  'Overfitting',
  'Regularization techniques',
  'Cost savings of fine-tuning',
  'Data efficiency in fine-tuning',
  'Customization with fine-tuning',
  'Ethical considerations in fine-tuning',
  'Fine-tuning for continuous improvement',
  'Data preparation: step 1',
  'Data cleaning: step 2',
  'Data splitting: step 3',
  'Model selection: key factors',
];

describe('course flashcards', () => {
  test('returns every seed card with a written back', () => {
    for (const front of SEED_FRONTS) {
      const card = cards.find((each) => normalise(each.front) === normalise(front));
      expect(card, front).toBeDefined();
      expect(card?.back.split(/\s+/).length ?? 0, front).toBeGreaterThanOrEqual(8);
    }
  });

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

  test('returns a card for every glossary term', () => {
    const glossary = readFileSync(`${DOCS_DIR}glossary.mdx`, 'utf8');
    const terms = headingsOf(glossary).map((heading) => heading.text.split(/ \/ | \(/)[0] ?? '');
    const fronts = cards.map((card) => normalise(card.front));
    const missing = terms.filter(
      (term) => !fronts.some((front) => front.includes(normalise(term))),
    );
    expect(missing).toEqual([]);
  });
});
