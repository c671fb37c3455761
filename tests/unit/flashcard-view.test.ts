import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { renderInlineMarkdown } from '../../src/lib/inline-markdown';
import { ankiGuid, toAnkiTsv, toCardView, type CardView } from '../../src/lib/flashcard-view';

const chapter = {
  id: 'responsible/challenges',
  title: 'Challenges and pitfalls',
  href: '/responsible/challenges/',
  headings: [{ slug: 'catastrophic-forgetting', text: 'Catastrophic forgetting' }],
  renderInline: (markdown: string) => renderInlineMarkdown(markdown),
};
const cardFrom = (id: string, front: string, back: string): CardView =>
  toCardView({ id, front, back, teaches: '#catastrophic-forgetting', draft: false }, chapter);

/**
 * Reads a file the way Anki's text importer does: header lines start with `#`, fields are
 * separated by tabs and quoted CSV-style where needed.
 */
function readAsAnki(text: string) {
  const lines = text.split('\n');
  const headers = lines.filter((line) => line.startsWith('#'));
  const body = lines.filter((line, index) => index >= headers.length).join('\n');
  const rows: string[][] = parse(body, {
    delimiter: '\t',
    quote: '"',
    escape: '"',
    relax_column_count: false,
    skip_empty_lines: true,
  });
  return { headers, rows };
}

describe('toCardView', () => {
  test('returns a learn-more link to the teaching section', () => {
    expect(
      cardFrom('catastrophic-forgetting', 'Catastrophic forgetting', 'Losing skills.').review,
    ).toEqual({
      href: '/responsible/challenges/#catastrophic-forgetting',
      title: 'Catastrophic forgetting',
    });
  });

  test('returns front and back as sanitised HTML', () => {
    const card = cardFrom('lora', 'What does **LoRA** train?', 'Two small matrices, `A` and `B`.');
    expect(card.frontHtml).toBe('What does <strong>LoRA</strong> train?');
    expect(card.backHtml).toBe('Two small matrices, <code>A</code> and <code>B</code>.');
  });
});

describe('toAnkiTsv', () => {
  test('returns the header lines Anki reads, GUID first', () => {
    const { headers } = readAsAnki(toAnkiTsv([]));
    expect(headers).toEqual([
      '#separator:tab',
      '#html:true',
      '#notetype:Basic',
      '#deck:Fine-tuning LLMs',
      '#columns:GUID\tFront\tBack\tTags',
      '#guid column:1',
      '#tags column:4',
    ]);
  });

  test('returns every field intact through a CSV reader with Anki rules', () => {
    const tricky = [
      cardFrom('hash-front', '#1 cause of overfitting?', 'Too little data.'),
      cardFrom('quoted', '"Quoted" term', 'A back with a "quote".'),
      cardFrom('tabbed', 'Tab\there', 'Line one  \nline two'),
    ];
    const { rows } = readAsAnki(toAnkiTsv(tricky));
    expect(rows).toEqual(
      tricky.map((card) => [
        ankiGuid(card.id),
        card.frontHtml,
        card.backHtml,
        'fine-tuning-course::responsible::challenges',
      ]),
    );
    expect(rows[0]?.[1]).toBe('#1 cause of overfitting?');
    expect(rows[2]?.[2]).toContain('<br>');
  });

  test('returns the same GUID for a card on every export, so re-imports update notes', () => {
    const first = readAsAnki(toAnkiTsv([cardFrom('dropout', 'Dropout', 'Old back.')])).rows[0];
    const later = readAsAnki(toAnkiTsv([cardFrom('dropout', 'Dropout', 'New back.')])).rows[0];
    expect(first?.[0]).toBe('fine-tuning-course:dropout');
    expect(later?.[0]).toBe(first?.[0]);
  });
});
