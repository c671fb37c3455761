// The README lists the chapters in reading order; it must match the site.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadChapters, ROOT } from '../support/course';

test('the README lists every chapter, in reading order, with its title', () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const list = readme.slice(
    readme.indexOf('<!-- chapters:start'),
    readme.indexOf('<!-- chapters:end'),
  );
  const listed = [...list.matchAll(/^\d+\. \[(.+)\]\((src\/content\/docs\/.+\.mdx)\)$/gm)].map(
    ([, title, file]) => `${title} (${file})`,
  );
  expect(listed).toEqual(
    loadChapters().map((chapter) => `${chapter.data.title} (${chapter.file})`),
  );
});
