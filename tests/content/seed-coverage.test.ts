// Every question and card of the study-notes export stays in the course, under an id that says
// where: the export is parsed with the importer's own parser, so the list cannot drift from it.
// Fronts and prompts may be reworded (cards ask about concepts, not positions), but each keeps
// its topic, and the three answers and three backs the export gives survive as facts.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseExport } from '../../scripts/import/parse-export';
import { loadChapters } from '../support/course';
import { contentWords, questionsOf, cardsOf } from './course-items';

const seed = parseExport(
  readFileSync(new URL('../fixtures/exports/seed.txt', import.meta.url), 'utf8'),
  'seed.txt',
);

/** Seed question number (1-based, export order) → the course question that carries it. */
const SEED_QUESTIONS: Record<number, string> = {
  1: 'fine-tuning-vs-training-from-scratch',
  2: 'fine-tuning-under-privacy-regulations',
  3: 'fine-tuning-customer-support',
  4: 'sensitive-data-in-training-set',
  5: 'why-continuous-improvement-matters',
  6: 'fine-tuning-performance-purpose',
  7: 'not-a-data-preparation-step',
  8: 'purpose-of-dataset-splitting',
  9: 'not-a-base-model-selection-factor',
  10: 'what-to-decide-when-configuring',
  11: 'fine-tuning-primary-purpose',
  12: 'fine-tuning-specialized-fields',
  13: 'crucial-fine-tuning-step',
  14: 'few-shot-vs-fine-tuning-difference',
  15: 'fine-tuning-overfitting-prevention',
  16: 'fine-tuning-benefit-over-few-shot',
  17: 'continue-training-benefit',
  18: 'specialized-dataset-importance',
  19: 'why-data-quality-matters-in-fine-tuning',
  20: 'fine-tuning-task-expertise',
};

/** Seed card number (1-based, export order) → the course card that carries it. */
const SEED_CARDS: Record<number, string> = {
  1: 'fine-tuning-definition',
  2: 'how-fine-tuning-works-overview',
  3: 'few-shot-learning-definition',
  4: 'fine-tuning-vs-few-shot',
  5: 'fine-tuning-first-step',
  6: 'fine-tuning-an-llm',
  7: 'why-fine-tune-reasons',
  8: 'fine-tuning-benefits',
  9: 'overfitting',
  10: 'regularization-techniques-overview',
  11: 'fine-tuning-cost-savings',
  12: 'fine-tuning-data-efficiency',
  13: 'customization-with-fine-tuning',
  14: 'ethical-considerations-in-fine-tuning',
  15: 'fine-tuning-for-continuous-improvement',
  16: 'data-preparation-step-1-collect',
  17: 'data-cleaning-step-2',
  18: 'data-splitting-step-3',
  19: 'model-selection-key-factors',
};

const chapters = loadChapters();
const questions = questionsOf(chapters);
const cards = cardsOf(chapters);

/** Share of `source`'s content words that `target` also uses (synonyms are not counted). */
function shared(source: string, target: string): number {
  const words = contentWords(source);
  const found = new Set(contentWords(target));
  return words.length === 0 ? 1 : words.filter((word) => found.has(word)).length / words.length;
}

describe('seed coverage', () => {
  test('returns the export as 20 questions and 19 cards', () => {
    expect(seed.questions).toHaveLength(20);
    expect(seed.flashcards).toHaveLength(19);
  });

  describe.each(seed.questions.map((question, index) => [index + 1, question] as const))(
    'seed question %i',
    (number, question) => {
      const id = SEED_QUESTIONS[number] ?? '';
      const course = questions.find((each) => each.id === id);

      test('is a published question of the course, on the same topic', () => {
        expect(course, `${id} (seed: "${question.prompt}")`).toBeDefined();
        expect(course?.draft, id).toBeFalsy();
        const text = `${course?.prompt} ${course?.options?.map((option) => option.text).join(' ')}`;
        expect(shared(question.prompt, text), `${course?.file} › quiz › "${id}"`).toBeGreaterThan(
          0,
        );
      });

      const given = question.options.find((option) => option.correct);
      if (given) {
        test('keeps the answer the export gives as a correct option', () => {
          const keys = (course?.options ?? []).filter((option) => option.correct);
          const best = Math.max(0, ...keys.map((option) => shared(given.text, option.text)));
          expect(best, `${course?.file} › quiz › "${id}": "${given.text}"`).toBeGreaterThanOrEqual(
            0.5,
          );
        });
      }
    },
  );

  describe.each(seed.flashcards.map((card, index) => [index + 1, card] as const))(
    'seed card %i',
    (number, card) => {
      const id = SEED_CARDS[number] ?? '';
      const course = cards.find((each) => each.id === id);

      test('is a published card of the course, on the same topic', () => {
        expect(course, `${id} (seed: "${card.front}")`).toBeDefined();
        expect(course?.draft, id).toBeFalsy();
        const text = `${course?.front} ${course?.back}`;
        expect(shared(card.front, text), `${course?.file} › flashcards › "${id}"`).toBeGreaterThan(
          0,
        );
      });

      if (card.back) {
        const back = card.back;
        test('keeps the facts of the back the export gives', () => {
          // The course may reword and split a back, so the whole chapter's cards count.
          const chapterCards = cards.filter((each) => each.file === course?.file);
          const text = chapterCards.map((each) => `${each.front} ${each.back}`).join(' ');
          expect(
            shared(back, text),
            `${course?.file} › flashcards › "${id}"`,
          ).toBeGreaterThanOrEqual(0.5);
        });
      }
    },
  );
});
