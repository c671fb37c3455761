import { describe, expect, test } from 'vitest';
import { placementsOf } from '../../src/course/placements';

const both = { quiz: true, flashcards: true };

describe('placementsOf', () => {
  test('returns each <Quiz /> and <Flashcards /> in order, with its title and the headings before it', () => {
    const body = [
      "import Quiz from '../../components/Quiz.astro';",
      '',
      '## One',
      '',
      '<Quiz ids={["a"]} title="Quick check" />',
      '',
      '## Two',
      '',
      '```md',
      '## Not a heading',
      '<Quiz />',
      '```',
      '',
      '<Flashcards />',
      '',
      '<Quiz />',
    ].join('\n');
    expect(placementsOf(body, 'mdx', both)).toEqual([
      { kind: 'quiz', title: 'Quick check', headingsBefore: 1 },
      { kind: 'flashcards', title: 'Key terms', headingsBefore: 2 },
      { kind: 'quiz', title: 'Check your understanding', headingsBefore: 2 },
    ]);
  });

  test('returns the deck and the quiz after the text of a plain Markdown chapter', () => {
    expect(placementsOf('## One\n\nText.\n\n## Two\n', 'md', both)).toEqual([
      { kind: 'flashcards', title: 'Key terms', headingsBefore: 2 },
      { kind: 'quiz', title: 'Check your understanding', headingsBefore: 2 },
    ]);
  });

  test('returns nothing for a block the chapter has no items for', () => {
    expect(
      placementsOf('<Quiz />\n\n<Flashcards />\n', 'mdx', { quiz: false, flashcards: true }),
    ).toEqual([{ kind: 'flashcards', title: 'Key terms', headingsBefore: 0 }]);
  });
});
