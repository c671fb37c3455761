import { describe, expect, test } from 'vitest';
import { headingsOf } from '../../src/course/headings';

describe('headingsOf', () => {
  test('returns the anchors Astro gives headings, with -1 for repeats', () => {
    const body = [
      '## Early stopping',
      '',
      '### `dropout` and *weight decay*',
      '## Early stopping',
    ].join('\n');
    expect(headingsOf(body).map((heading) => heading.slug)).toEqual([
      'early-stopping',
      'dropout-and-weight-decay',
      'early-stopping-1',
    ]);
  });

  test('returns no headings from inside fenced code blocks', () => {
    expect(headingsOf('```python\n# not a heading\n```\n## Real')).toEqual([
      { depth: 2, text: 'Real', slug: 'real' },
    ]);
  });

  test('returns link text, not link targets, in heading text', () => {
    expect(headingsOf('## See [LoRA](/x/) here')[0]?.slug).toBe('see-lora-here');
  });
});

describe('headingsOf, reading MDX as Astro does', () => {
  test('returns no heading that sits in an MDX comment or a JSX expression', () => {
    const body = [
      "import Quiz from './Quiz.astro';",
      '',
      '{/* ## Hidden in a comment */}',
      '',
      '{`## Hidden in an expression`}',
      '',
      '## Shown',
      '',
      '<Quiz />',
    ].join('\n');
    expect(headingsOf(body).map((heading) => heading.slug)).toEqual(['shown']);
  });

  test('returns headings inside Starlight asides', () => {
    expect(headingsOf(':::note[Tip]\n## Inside an aside\n:::').map((h) => h.slug)).toEqual([
      'inside-an-aside',
    ]);
  });

  test('reads plain Markdown, where braces are text', () => {
    expect(headingsOf('## Using {braces}', 'md').map((heading) => heading.slug)).toEqual([
      'using-braces',
    ]);
  });
});
