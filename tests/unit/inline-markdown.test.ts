import { describe, expect, test } from 'vitest';
import {
  inlineMarkdownProblems,
  inlineMarkdownText,
  isSafeUrl,
  renderInlineMarkdown,
} from '../../src/lib/inline-markdown';

describe('renderInlineMarkdown', () => {
  test.each([
    ['*emphasis*', '<em>emphasis</em>'],
    ['**strong**', '<strong>strong</strong>'],
    ['`r = 16`', '<code>r = 16</code>'],
    ['one  \ntwo', 'one<br>\ntwo'],
    ['first\n\nsecond', 'first<br>\nsecond'],
    ['[docs](https://example.com/a?b=1)', '<a href="https://example.com/a?b=1">docs</a>'],
    ['[mail](mailto:team@example.com)', '<a href="mailto:team@example.com">mail</a>'],
    ['[glossary](/glossary/#lora)', '<a href="/glossary/#lora">glossary</a>'],
  ])('returns %j as %j', (markdown, html) => {
    expect(renderInlineMarkdown(markdown)).toBe(html);
  });

  test('returns site links under the base path', () => {
    expect(renderInlineMarkdown('[glossary](/glossary/)', { base: '/course/' })).toBe(
      '<a href="/course/glossary/">glossary</a>',
    );
  });

  test('returns block syntax as text, so a prompt that starts with "1." stays a sentence', () => {
    expect(renderInlineMarkdown('1. Adam\n# not a heading')).toBe('1. Adam\n# not a heading');
  });

  test('returns characters that look like markup as text', () => {
    expect(renderInlineMarkdown('`<div>` and {braces} & <')).toBe(
      '<code>&#x3C;div></code> and {braces} &#x26; &#x3C;',
    );
  });

  // Validation stops these at build time; rendering must still be safe if it were skipped.
  test.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](javascript:alert(1))',
    '[x](data:text/html,hi)',
    '<javascript:alert(1)>',
    '![pixel](https://tracker.example/p.gif)',
    '<a href="javascript:alert(1)" onclick="alert(2)">x</a>',
  ])('returns nothing that runs or loads for %j', (markdown) => {
    const html = renderInlineMarkdown(markdown);
    expect(html).not.toMatch(/<script|<img|\son\w+=|(href|src)="(javascript|data):/i);
  });
});

describe('inlineMarkdownProblems', () => {
  test('returns nothing for the allowed syntax', () => {
    expect(
      inlineMarkdownProblems('*a* **b** `c` [d](https://e.org) [f](/g/) [h](mailto:i@j.k)'),
    ).toEqual([]);
  });

  test('returns one problem for raw HTML, naming it and the fix', () => {
    expect(inlineMarkdownProblems('Use <b>bold</b> here')).toMatchInlineSnapshot(`
      [
        "contains raw HTML (\`<b>\`). Write Markdown instead: **strong**, *emphasis*, \`code\` or [text](https://…).",
        "contains raw HTML (\`</b>\`). Write Markdown instead: **strong**, *emphasis*, \`code\` or [text](https://…).",
      ]
    `);
  });

  test.each([
    ['an HTML comment', '<!-- note -->'],
    ['an event handler', '<img src=x onerror=alert(1)>'],
    ['a block of HTML', '<div>text</div>'],
  ])('returns a problem for %s', (_kind, markdown) => {
    expect(inlineMarkdownProblems(markdown)[0]).toMatch(/^contains raw HTML/);
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,hi',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    'relative/page',
  ])('returns a problem for a link to %j', (url) => {
    expect(inlineMarkdownProblems(`[x](${url})`)).toEqual([
      expect.stringMatching(/^links to ".+", which is not an http:, https:, mailto: or site/),
    ]);
  });

  test('returns a problem for an autolink with an unsafe scheme', () => {
    expect(inlineMarkdownProblems('<javascript:alert(1)>')).toHaveLength(1);
  });

  test('returns a problem for an image', () => {
    expect(inlineMarkdownProblems('![chart](/chart.png)')).toMatchInlineSnapshot(`
      [
        "contains an image. Question and card text allows no images; describe it in words or put the figure in the chapter.",
      ]
    `);
  });
});

describe('isSafeUrl', () => {
  test('returns true only for http, https, mailto and site paths', () => {
    expect(['https://a.b', 'http://a.b', 'mailto:a@b.c', '/x/'].map(isSafeUrl)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['ftp://a.b', '//a.b', '/\\a.b', 'x', '#top', 'tel:1'].map(isSafeUrl)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('inlineMarkdownText', () => {
  test('returns the words without markup', () => {
    expect(inlineMarkdownText('Use **LoRA** with `r = 16`, see [docs](/x/)')).toBe(
      'Use LoRA with r = 16, see docs',
    );
  });
});

describe('plain text', () => {
  test('returns text without any markup character as it is, in every function', () => {
    const text =
      'Fine-tuning updates the weights (all of them, or an adapter’s) with 1e-4 = "small" steps.';
    expect(renderInlineMarkdown(text)).toBe(text);
    expect(inlineMarkdownText(text)).toBe(text);
    expect(inlineMarkdownProblems(text)).toEqual([]);
  });

  test.each(['a < b', 'a & b', 'a\nb', 'a > b', '5 * 3 * 2'])(
    'returns %j through the parser, escaped where HTML needs it',
    (text) => {
      expect(renderInlineMarkdown(text)).not.toMatch(/<(?!br>)|&(?![#a-z0-9]+;)/i);
    },
  );
});
