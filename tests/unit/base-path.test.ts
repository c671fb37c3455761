import { describe, expect, test } from 'vitest';
import { prefixLinksInHtml, withBase } from '../../src/lib/base-path';

describe('withBase', () => {
  test('returns root-relative links under the base path', () => {
    expect(withBase('/glossary/#dropout', '/course/')).toBe('/course/glossary/#dropout');
  });

  test('returns other links unchanged', () => {
    for (const href of [
      'https://example.org/',
      '#anchor',
      '../x/',
      '//cdn.example/x',
      '/course/a/',
    ]) {
      expect(withBase(href, '/course/')).toBe(href);
    }
    expect(withBase('/glossary/', '/')).toBe('/glossary/');
  });
});

describe('prefixLinksInHtml', () => {
  test('returns HTML whose root-relative anchors point under the base path', () => {
    const html =
      '<a href="/review/">Review</a> <a class="x" href="/course/a/">A</a> <link href="/x.css">';
    expect(prefixLinksInHtml(html, '/course/')).toBe(
      '<a href="/course/review/">Review</a> <a class="x" href="/course/a/">A</a> <link href="/x.css">',
    );
  });

  test('returns HTML unchanged at the root base', () => {
    expect(prefixLinksInHtml('<a href="/a/">A</a>', '/')).toBe('<a href="/a/">A</a>');
  });
});
