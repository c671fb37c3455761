import { describe, expect, test } from 'vitest';
import {
  formsOf,
  glossaryOf,
  matchCountText,
  matchesFilter,
  type GlossaryHeading,
} from '../../src/lib/glossary';

const h = (depth: number, text: string): GlossaryHeading => ({
  depth,
  text,
  slug: text.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
});

describe('formsOf', () => {
  test('returns the name and the abbreviation in brackets', () => {
    expect(formsOf('Large language model (LLM)')).toEqual(['Large language model', 'LLM']);
    expect(formsOf('LoRA')).toEqual(['LoRA']);
  });
});

describe('glossaryOf', () => {
  test('returns terms under their letters and every letter from A to Z', () => {
    const glossary = glossaryOf([h(2, 'A'), h(3, 'Adapter'), h(3, 'AWQ'), h(2, 'L'), h(3, 'LoRA')]);
    expect(glossary.problems).toEqual([]);
    expect(glossary.terms).toEqual([
      { term: 'Adapter', id: 'adapter', letter: 'A', forms: ['Adapter'] },
      { term: 'AWQ', id: 'awq', letter: 'A', forms: ['AWQ'] },
      { term: 'LoRA', id: 'lora', letter: 'L', forms: ['LoRA'] },
    ]);
    expect(glossary.letters).toHaveLength(26);
    expect(glossary.letters.slice(0, 2)).toEqual([
      { letter: 'A', id: 'a' },
      { letter: 'B', id: undefined },
    ]);
  });

  test('names each heading out of place and the fix', () => {
    const { problems } = glossaryOf([
      h(3, 'Orphan'),
      h(2, 'Bees'),
      h(2, 'L'),
      h(3, 'LoRA'),
      h(3, 'Learning rate'),
      h(3, 'Token'),
      h(2, 'C'),
    ]);
    expect(problems).toMatchInlineSnapshot(`
      [
        ""### Orphan": sits under no letter. Move it under "## O".",
        ""## Bees": a level-2 heading must be one capital letter, once. Write each term as "### Term" under its letter.",
        ""### Learning rate": comes after "### LoRA". Keep terms in alphabetical order.",
        ""### Token": sits under "## L". Move it under "## T".",
        ""## C": comes after "## L". Keep letters A to Z.",
      ]
    `);
  });
});

describe('matchesFilter', () => {
  test('finds terms by any part of their name, ignoring case and punctuation', () => {
    expect(matchesFilter('Fine-tuning', 'fine tuning')).toBe(true);
    expect(matchesFilter('KV cache', 'kv')).toBe(true);
    expect(matchesFilter('Large language model (LLM)', 'LLM')).toBe(true);
    expect(matchesFilter('LoRA rank', 'rank')).toBe(true);
  });

  test('keeps every term for an empty filter and drops terms that do not contain it', () => {
    expect(matchesFilter('Epoch', '  ')).toBe(true);
    expect(matchesFilter('Epoch', 'lora')).toBe(false);
  });
});

describe('matchCountText', () => {
  test('counts matches in words a screen reader reads well', () => {
    expect(matchCountText(0)).toBe('No terms match');
    expect(matchCountText(1)).toBe('1 term matches');
    expect(matchCountText(12)).toBe('12 terms match');
  });
});
