import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeExport } from '../../scripts/import/decode-export';

const bytes = (name: string) =>
  readFileSync(new URL(`../fixtures/exports/${name}`, import.meta.url));

describe('decodeExport', () => {
  test('returns UTF-8 text without its byte-order mark', () => {
    const text = decodeExport(bytes('hostile/bom.txt'));
    expect(text.startsWith('Questions and Answers')).toBe(true);
  });

  test('returns UTF-16 text saved with a byte-order mark', () => {
    expect(decodeExport(bytes('utf16.txt'))).toContain('What is UTF-16?');
  });

  test('errors on Latin-1 text with the line of the first unreadable letter', () => {
    expect(() =>
      decodeExport(bytes('latin1.txt'), 'latin1.txt'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ImportError: latin1.txt:2: this file is not UTF-8 text, so some letters cannot be read (it may be Latin-1 or Windows-1252). Open it in a text editor, save it with the encoding "UTF-8", and import it again.]`,
    );
  });
});
