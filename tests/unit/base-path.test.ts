import { describe, expect, test } from 'vitest';
import { pathWithBase } from '../../src/lib/base-path';

describe('pathWithBase', () => {
  test('returns site-root paths under the base', () => {
    expect(pathWithBase('/glossary/', '/course/')).toBe('/course/glossary/');
    expect(pathWithBase('/', '/course/')).toBe('/course/');
  });

  test('returns the path unchanged at the root, or when it has the base already', () => {
    expect(pathWithBase('/glossary/', '/')).toBe('/glossary/');
    expect(pathWithBase('/course/glossary/', '/course/')).toBe('/course/glossary/');
  });

  test('returns other links unchanged', () => {
    for (const href of [
      'https://example.com/',
      '//cdn.example/x',
      '#top',
      'relative/',
      'mailto:a@b.c',
    ]) {
      expect(pathWithBase(href, '/course/')).toBe(href);
    }
  });

  test('returns a path that only starts like the base under the base', () => {
    expect(pathWithBase('/course-notes/', '/course/')).toBe('/course/course-notes/');
  });
});
