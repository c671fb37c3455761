import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ImportError } from '../../scripts/import/import-error';
import { parseExport } from '../../scripts/import/parse-export';

/** Reads a fixture the way the CLI does: bytes decoded as UTF-8, bad bytes replaced. */
const read = (name: string) =>
  new TextDecoder('utf-8').decode(
    readFileSync(new URL(`../fixtures/exports/${name}`, import.meta.url)),
  );
const parseFixture = (name: string) => parseExport(read(name), name);

const SMALL = [
  'Questions and Answers',
  'Q?',
  'Q?',
  '- a',
  '- b (correct)',
  'Flashcards',
  'Front one',
  'Front one',
  'Front two',
  'Front two',
  'Back two',
  'Study Notes',
  'Topic',
  '- note',
  'Studying That Suits You',
  'Use AI to generate personalized quizzes and flashcards to suit your learning preferences.',
  'Description',
  'About this page.',
];

describe('parseExport', () => {
  test('returns every question, card and section of the seed export', () => {
    const { questions, flashcards, sections, description } = parseFixture('seed.txt');
    expect(questions).toHaveLength(20);
    expect(
      questions.filter(({ options }) => options.some((option) => option.correct)),
    ).toHaveLength(3);
    expect(flashcards).toHaveLength(19);
    expect(flashcards.filter(({ back }) => back !== undefined)).toHaveLength(3);
    expect(sections.map(({ title }) => title)).toEqual([
      'Model Fine-Tuning',
      'Mechanics of Fine-Tuning',
      'Use Fine-Tuning to Improve Performance',
      'Ethical and Safety Considerations',
      'Continuous Improvement',
      'Challenges and Considerations',
      'Prepare for Fine-Tuning',
      'Configure Your Model',
      'Monitor and Evaluate Your Model',
      'Deploy Your Model',
    ]);
    expect(description).toMatch(/^Explore the intricate process of fine-tuning/);
  });

  test('returns questions with 1-based line numbers and the "(correct)" marker stripped', () => {
    const [first] = parseFixture('seed.txt').questions;
    expect(first).toEqual({
      line: 3,
      prompt:
        'What is one primary benefit of fine-tuning a pretrained model instead of training it from scratch?',
      options: [
        { text: 'It increases the size of the training dataset.', correct: false },
        { text: 'It requires less computational resources and time.', correct: true },
        { text: 'It simplifies the model architecture significantly.', correct: false },
        { text: 'It eliminates the need for any pre-training phase.', correct: false },
      ],
    });
  });

  test('returns cards without a back when the export shows filler or goes straight on', () => {
    const { flashcards } = parseExport(SMALL.join('\r\n'));
    expect(flashcards).toEqual([
      { line: 7, front: 'Front one', back: undefined },
      { line: 9, front: 'Front two', back: 'Back two' },
    ]);
    const seed = parseFixture('seed.txt').flashcards;
    expect(seed.find(({ front }) => front === 'Overfitting')?.back).toBeUndefined();
  });

  test('returns study notes up to "Studying That Suits You", and skips site chrome', () => {
    const parsed = parseExport(SMALL.join('\n'));
    expect(parsed.sections).toEqual([
      { line: 13, title: 'Topic', bullets: [{ line: 14, text: 'note' }] },
    ]);
    expect(parsed.description).toBe('About this page.');
  });

  test('errors if the file is not an export, naming the missing heading', () => {
    expect(() => parseFixture('not-an-export.txt')).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: not-an-export.txt:1: this is not a study-notes export: there is no "Flashcards" heading line after the "Questions and Answers" heading on line 1. Import the text export of a study page, which has the headings "Questions and Answers", "Flashcards", "Study Notes" in that order.]`,
    );
    expect(() => parseExport('Some notes\n- a bullet')).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: line 1: this is not a study-notes export: there is no "Questions and Answers" heading line. Import the text export of a study page, which has the headings "Questions and Answers", "Flashcards", "Study Notes" in that order.]`,
    );
  });

  test('errors if the file is empty', () => {
    expect(() => parseFixture('empty.txt')).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: empty.txt:1: the file is empty. Export the study notes again and save the whole page text in this file.]`,
    );
  });

  test('errors if the file is binary', () => {
    expect(() => parseFixture('binary.bin')).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: binary.bin:1: this is a binary file (it contains NUL bytes), not a text export. Copy the study page's text into a UTF-8 .txt file and import that.]`,
    );
    expect(() => parseExport('\uFFFD'.repeat(20), 'image.png')).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: image.png:1: this is a binary file (it is mostly unreadable characters), not a text export. Copy the study page's text into a UTF-8 .txt file and import that.]`,
    );
  });

  test('errors if options have no question before them', () => {
    expect(() => parseFixture('options-without-question.txt')).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: options-without-question.txt:2: the option "- Training a pretrained model further on task data (correct)" has no question before it. Put the question's text on the line above the options (the export prints it twice), or delete the stray options.]`,
    );
  });

  test('errors if a study-notes section has no bullets', () => {
    expect(() => parseFixture('section-without-bullets.txt')).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: section-without-bullets.txt:13: the study-notes section "Mechanics of Fine-Tuning" has no bullets. Add its notes as "- " lines under it, or delete the heading.]`,
    );
  });

  test('errors with an ImportError that carries the file and line', () => {
    expect(() => parseFixture('section-without-bullets.txt')).toThrow(
      expect.objectContaining({
        name: 'ImportError',
        file: 'section-without-bullets.txt',
        line: 13,
      }),
    );
    expect(() => parseFixture('empty.txt')).toThrow(ImportError);
  });
});
