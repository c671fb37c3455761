import { describe, expect, test } from 'vitest';
import { countWords, missingTerms, proseOf, splitFrontmatter } from '../support/prose';

describe('splitFrontmatter', () => {
  test('returns the YAML and the body separately', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n\nBody text')).toEqual({
      frontmatter: 'title: A',
      body: '\nBody text',
    });
  });

  test('returns the whole source as body when there is no frontmatter', () => {
    expect(splitFrontmatter('Just text')).toEqual({ frontmatter: '', body: 'Just text' });
  });
});

describe('proseOf', () => {
  test('returns text without imports, code blocks, components or link targets', () => {
    const body = [
      "import Figure from './Figure.astro';",
      '',
      'Read [the guide](/guide/#part) first.',
      '',
      '```python',
      'print("hidden")',
      '```',
      '',
      '<Figure />',
    ].join('\n');
    expect(proseOf(body).split(/\s+/).filter(Boolean)).toEqual(['Read', 'the', 'guide', 'first.']);
  });
});

describe('countWords', () => {
  test('returns the number of word tokens, ignoring stray punctuation', () => {
    expect(countWords('Fine-tuning uses a 5,000-example set — mostly.')).toBe(6);
  });
});

describe('missingTerms', () => {
  test('returns terms absent from the text, ignoring case and line breaks', () => {
    expect(missingTerms('Early\nstopping halts training.', ['early stopping', 'BLEU'])).toEqual([
      'BLEU',
    ]);
  });
});
