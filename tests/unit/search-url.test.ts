import { describe, expect, test } from 'vitest';
import {
  HIGHLIGHT_PARAM,
  pagefindBundlePath,
  resultUrl,
  withHighlight,
} from '../../src/lib/search-url';

describe('pagefindBundlePath', () => {
  test('puts the bundle under the base path, with one slash between', () => {
    expect(pagefindBundlePath('/')).toBe('/pagefind/');
    expect(pagefindBundlePath('/course/')).toBe('/course/pagefind/');
    expect(pagefindBundlePath('/course')).toBe('/course/pagefind/');
  });
});

describe('resultUrl', () => {
  test('leaves URLs alone when the site keeps trailing slashes', () => {
    expect(resultUrl('/guide/', false)).toBe('/guide/');
    expect(resultUrl('/guide/#setup', false)).toBe('/guide/#setup');
  });

  test('drops the trailing slash, before a #section too, when the site never has one', () => {
    expect(resultUrl('/guide/', true)).toBe('/guide');
    expect(resultUrl('/course/guide/#setup', true)).toBe('/course/guide#setup');
  });

  test('keeps the root and slashes inside the path', () => {
    expect(resultUrl('/', true)).toBe('/');
    expect(resultUrl('/#top', true)).toBe('/#top');
    expect(resultUrl('/a/b/', true)).toBe('/a/b');
  });
});

describe('withHighlight', () => {
  test('adds the trimmed query, keeping other parameters and the section', () => {
    const url = new URL(withHighlight('https://x.test/guide/?v=1#setup', '  lora rank '));
    expect(url.searchParams.get(HIGHLIGHT_PARAM)).toBe('lora rank');
    expect(url.searchParams.get('v')).toBe('1');
    expect(url.hash).toBe('#setup');
  });

  test('leaves the link alone for an empty query', () => {
    expect(withHighlight('https://x.test/guide/', '   ')).toBe('https://x.test/guide/');
  });
});
