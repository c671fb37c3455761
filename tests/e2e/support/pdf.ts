// Prints the current page to PDF the way a learner's "Print" does (Chromium, print media, A4)
// and returns the PDF's text, so tests check what lands on paper rather than what the print
// styles are meant to do. unpdf reads the text with pdf.js (see package.json: test-only).
import type { Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

export async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), {
    mergePages: true,
  });
  return text;
}

/**
 * The text with all white space removed: PDF text breaks lines (and sometimes words) where the
 * page does, so phrases are compared without it.
 */
export const squeezed = (text: string) => text.replace(/\s+/g, '');
