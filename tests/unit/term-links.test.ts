import { describe, expect, test } from 'vitest';
import { termLinker, type LinkableTerm } from '../../src/lib/term-links';

const TERMS: LinkableTerm[] = [
  { id: 'lora', forms: ['LoRA'] },
  { id: 'lora-dropout', forms: ['LoRA dropout'] },
  { id: 'dropout', forms: ['Dropout'] },
  { id: 'qlora', forms: ['QLoRA'] },
  { id: 'token', forms: ['Token'] },
  { id: 'large-language-model-llm', forms: ['Large language model', 'LLM'] },
  { id: 'adapter', forms: ['Adapter'] },
];

const linked = (segments: { text: string; id?: string }[]) =>
  segments.filter((each) => each.id).map((each) => [each.text, each.id]);

describe('termLinker', () => {
  test('links a term whole-word and case-insensitively, keeping the text as written', () => {
    const link = termLinker(TERMS);
    expect(link('We train a lora adapter.')).toEqual([
      { text: 'We train a ' },
      { text: 'lora', id: 'lora' },
      { text: ' ' },
      { text: 'adapter', id: 'adapter' },
      { text: '.' },
    ]);
  });

  test('links only the first use of a term in a chapter, across calls', () => {
    const link = termLinker(TERMS);
    expect(linked(link('LoRA is small. LoRA is fast.'))).toEqual([['LoRA', 'lora']]);
    expect(linked(link('Again, LoRA.'))).toEqual([]);
  });

  test('starts each chapter afresh, though chapters share one term list', () => {
    const first = termLinker(TERMS);
    expect(linked(first('A LoRA adapter.'))).toEqual([
      ['LoRA', 'lora'],
      ['adapter', 'adapter'],
    ]);
    expect(linked(termLinker(TERMS)('Another LoRA.'))).toEqual([['LoRA', 'lora']]);
    expect(linked(first('LoRA again.'))).toEqual([]);
  });

  test('returns later text as it is once every term is linked', () => {
    const link = termLinker([{ id: 'lora', forms: ['LoRA', 'Low-rank adaptation'] }]);
    link('LoRA.');
    expect(link('Low-rank adaptation and LoRA.')).toEqual([
      { text: 'Low-rank adaptation and LoRA.' },
    ]);
  });

  test('counts the name and the abbreviation of a term as one entry', () => {
    const link = termLinker(TERMS);
    expect(linked(link('An LLM, or large language model.'))).toEqual([
      ['LLM', 'large-language-model-llm'],
    ]);
  });

  test('prefers the longest term where terms overlap', () => {
    const link = termLinker(TERMS);
    expect(linked(link('Set LoRA dropout, then LoRA and dropout.'))).toEqual([
      ['LoRA dropout', 'lora-dropout'],
      ['LoRA', 'lora'],
      ['dropout', 'dropout'],
    ]);
  });

  test('never links part of a word', () => {
    const link = termLinker(TERMS);
    expect(linked(link('QLoRA differs; per-token costs; tokenizer; LoRA-style.'))).toEqual([
      ['QLoRA', 'qlora'],
    ]);
  });

  test('links a plural, and a term broken across lines', () => {
    const link = termLinker(TERMS);
    expect(linked(link('Two adapters and many tokens from large\nlanguage models.'))).toEqual([
      ['adapters', 'adapter'],
      ['tokens', 'token'],
      ['large\nlanguage models', 'large-language-model-llm'],
    ]);
  });

  test('returns text with no terms as one segment', () => {
    expect(termLinker(TERMS)('Nothing here.')).toEqual([{ text: 'Nothing here.' }]);
    expect(termLinker([])('LoRA')).toEqual([{ text: 'LoRA' }]);
  });
});
