import { describe, expect, test } from 'vitest';
import { groupChapters, partOf, readingOrder } from '../../src/lib/chapters';

const entry = (id: string, order?: number, title = id) => ({
  id,
  data: { title, sidebar: { order } },
});

describe('partOf', () => {
  test('returns the part folder of a chapter id, or undefined outside the parts', () => {
    expect(partOf('workflow/deployment')).toBe('workflow');
    expect(partOf('glossary')).toBeUndefined();
  });
});

describe('groupChapters', () => {
  test('returns every part in teaching order with its chapters sorted by sidebar order', () => {
    const parts = groupChapters([
      entry('workflow/b', 2),
      entry('foundations/a', 1),
      entry('workflow/a', 1),
      entry('glossary'),
    ]);
    expect(
      parts.map((part) => [part.directory, part.chapters.map((chapter) => chapter.id)]),
    ).toEqual([
      ['foundations', ['foundations/a']],
      ['responsible', []],
      ['workflow', ['workflow/a', 'workflow/b']],
    ]);
  });

  test('returns chapters without an order last, then by title', () => {
    const [part] = groupChapters([
      entry('foundations/z', undefined, 'Z'),
      entry('foundations/y', undefined, 'Y'),
      entry('foundations/x', 5),
    ]);
    expect(part?.chapters.map((chapter) => chapter.id)).toEqual([
      'foundations/x',
      'foundations/y',
      'foundations/z',
    ]);
  });
});

describe('readingOrder', () => {
  test('returns the chapters of all parts as one list', () => {
    expect(
      readingOrder([entry('workflow/a', 1), entry('responsible/a', 1)]).map((each) => each.id),
    ).toEqual(['responsible/a', 'workflow/a']);
  });
});
