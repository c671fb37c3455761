import { expect, test } from 'vitest';
import { readingMinutes } from '../../src/lib/reading-time';

test('returns minutes at 200 words a minute, leaving out MDX imports and component tags', () => {
  const body = [
    "import Figure from '../../components/Figure.astro';",
    '<Figure caption="Not prose">',
    'word '.repeat(600),
  ].join('\n');
  expect(readingMinutes(body)).toBe(3);
});

test('returns at least one minute', () => {
  expect(readingMinutes('')).toBe(1);
});
