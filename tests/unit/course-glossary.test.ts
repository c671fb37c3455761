import { describe, expect, test } from 'vitest';
import { glossaryFromSource, readGlossary } from '../../src/course/glossary';

describe('readGlossary', () => {
  test('reads every term of the course glossary under its letter', () => {
    const glossary = readGlossary(new URL('../../src/', import.meta.url));
    expect(glossary.terms.length).toBeGreaterThan(100);
    expect(glossary.terms).toContainEqual({
      term: 'Large language model (LLM)',
      id: 'large-language-model-llm',
      letter: 'L',
      forms: ['Large language model', 'LLM'],
    });
    expect(glossary.letters.find((each) => each.letter === 'J')).toEqual({
      letter: 'J',
      id: undefined,
    });
  });

  test('returns no terms for a site without a glossary page', () => {
    expect(readGlossary(new URL('file:///nowhere/src/')).terms).toEqual([]);
  });
});

describe('glossaryFromSource', () => {
  test('skips the frontmatter', () => {
    const source = '---\ntitle: Glossary\n---\n\n## A\n\n### Adapter\n\nText.\n';
    expect(glossaryFromSource(source).terms.map((each) => each.id)).toEqual(['adapter']);
  });

  test('stops the build with one line per heading out of place', () => {
    expect(() => glossaryFromSource('## A\n\n### Token\n', 'glossary.mdx'))
      .toThrowErrorMatchingInlineSnapshot(`
      [AstroUserError: The glossary has 1 problem:
        - glossary.mdx › "### Token": sits under "## A". Move it under "## T".]
    `);
  });
});
