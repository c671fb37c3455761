import { describe, expect, test } from 'vitest';
import { headingsOf } from '../../src/lib/headings';

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
