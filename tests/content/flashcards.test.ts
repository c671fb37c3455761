// Atomic flashcards (issue 12): one fact per card, short backs, no near-duplicate pairs, fronts
// that ask about a concept rather than a position. Each failure names the file and card id.
import { describe, expect, test } from 'vitest';
import { loadChapters } from '../support/course';
import { cardsOf, contentWords, label, wordCount, type CourseCard } from './course-items';

const chapters = loadChapters();
const published = cardsOf(chapters).filter((card) => !card.draft);
const MAX_BACK_WORDS = 25;
/** Token overlap (Jaccard) at which two cards teach the same thing. */
const NEAR_DUPLICATE = 0.5;
/** Fronts that ask about a place in a list, not a concept: "Data preparation: step 1". */
const POSITIONAL = /\b(step|stage|part|phase)\s*(\d+|one|two|three|four|five)\b/i;

function overlap(a: CourseCard, b: CourseCard): number {
  const [left, right] = [a, b].map((card) => new Set(contentWords(`${card.front} ${card.back}`)));
  const shared = [...left!].filter((word) => right!.has(word)).length;
  return shared / (left!.size + right!.size - shared || 1);
}

/** Every pair of cards whose wording overlaps at or above the limit. */
export function nearDuplicates(cards: readonly CourseCard[]): string[] {
  return cards.flatMap((card, index) =>
    cards
      .slice(index + 1)
      .filter((other) => overlap(card, other) >= NEAR_DUPLICATE)
      .map(
        (other) =>
          `${label(card, 'flashcards')} and ${label(other, 'flashcards')} (${overlap(card, other).toFixed(2)})`,
      ),
  );
}

describe('flashcards', () => {
  test.each(chapters.map((chapter) => [chapter.id, chapter.file] as const))(
    '%s has at least 5 published cards',
    (id, file) => {
      expect(published.filter((card) => card.chapter === id).length, file).toBeGreaterThanOrEqual(
        5,
      );
    },
  );

  test(`keeps every back to ${MAX_BACK_WORDS} words`, () => {
    const long = published.filter((card) => wordCount(card.back) > MAX_BACK_WORDS);
    expect(
      long.map((card) => `${label(card, 'flashcards')}: ${wordCount(card.back)} words`),
    ).toEqual([]);
  });

  test('asks about concepts, not positions in a list', () => {
    const positional = published.filter((card) => POSITIONAL.test(card.front));
    expect(positional.map((card) => `${label(card, 'flashcards')}: "${card.front}"`)).toEqual([]);
  });

  test('has no near-duplicate pairs', () => {
    expect(nearDuplicates(published)).toEqual([]);
  });

  test('errors for two cards that say the same thing', () => {
    const card = (id: string, back: string): CourseCard => ({
      file: 'fixture.mdx',
      chapter: 'fixture',
      part: 'workflow',
      id,
      front: 'What is the effective batch size?',
      back,
    });
    expect(
      nearDuplicates([
        card('a', 'Per-device batch size times gradient accumulation steps times devices.'),
        card(
          'b',
          'The per-device batch size times the accumulation steps times the number of devices.',
        ),
      ]),
    ).toHaveLength(1);
  });
});
