import { describe, expect, test } from 'vitest';
import {
  bestMatch,
  cosineSimilarity,
  inverseDocumentFrequency,
  stem,
  tfIdfVector,
  tokenize,
} from '../../scripts/import/tf-idf';

describe('stem', () => {
  test('returns one stem for the forms of a word', () => {
    expect(['split', 'splits', 'splitting'].map(stem)).toEqual(['split', 'split', 'split']);
    expect(['tune', 'tuned', 'tuning'].map(stem)).toEqual(['tun', 'tun', 'tun']);
    expect(['bias', 'biases', 'process', 'processes'].map(stem)).toEqual([
      'bias',
      'bias',
      'process',
      'process',
    ]);
    expect(['categories', 'models', 'overfitting'].map(stem)).toEqual([
      'category',
      'model',
      'overfit',
    ]);
  });

  test('returns short words unchanged', () => {
    expect(['need', 'is', 'data', 'string'].map(stem)).toEqual(['need', 'is', 'data', 'string']);
  });
});

describe('tokenize', () => {
  test('returns lowercase stems without stop words, bare numbers or single letters', () => {
    expect(tokenize('Which of the following is used in Step 3 (e.g. dropout)?')).toEqual([
      'step',
      'dropout',
    ]);
  });

  test('returns a hyphenated word as one token', () => {
    expect(tokenize('Fine-tuning a pre-trained model')).toEqual(['finetun', 'pretrain', 'model']);
    expect(tokenize('fine-tuned pretrained')).toEqual(tokenize('Fine-Tuning pre-trained'));
  });
});

describe('inverseDocumentFrequency', () => {
  test('returns ln(N / df), so a term in every document weighs 0', () => {
    const idf = inverseDocumentFrequency([['a', 'b'], ['a'], ['a', 'c', 'c']]);
    expect(idf.get('a')).toBe(0);
    expect(idf.get('b')).toBeCloseTo(Math.log(3));
    expect(idf.get('c')).toBeCloseTo(Math.log(3));
  });
});

describe('tfIdfVector', () => {
  test('returns count / length × IDF, with unseen terms weighted ln(N)', () => {
    const idf = new Map([
      ['a', 0],
      ['b', 2],
    ]);
    const vector = tfIdfVector(['a', 'b', 'b', 'z'], idf, 4);
    expect(vector.get('a')).toBe(0);
    expect(vector.get('b')).toBe(1);
    expect(vector.get('z')).toBeCloseTo(Math.log(4) / 4);
  });
});

describe('cosineSimilarity', () => {
  test('returns 1 for parallel vectors and 0 for vectors with no term in common', () => {
    const a = new Map([
      ['x', 1],
      ['y', 2],
    ]);
    expect(
      cosineSimilarity(
        a,
        new Map([
          ['x', 2],
          ['y', 4],
        ]),
      ),
    ).toBeCloseTo(1);
    expect(cosineSimilarity(a, new Map([['z', 1]]))).toBe(0);
  });

  test('returns the cosine of the angle between the vectors', () => {
    const a = new Map([['x', 1]]);
    const b = new Map([
      ['x', 1],
      ['y', 1],
    ]);
    expect(cosineSimilarity(a, b)).toBeCloseTo(Math.SQRT1_2);
  });

  test('returns 0, not NaN, when a vector is empty or all zero', () => {
    expect(cosineSimilarity(new Map(), new Map([['x', 1]]))).toBe(0);
    expect(cosineSimilarity(new Map([['x', 0]]), new Map([['x', 1]]))).toBe(0);
  });
});

describe('bestMatch', () => {
  const documents = [
    'Fine-tuning continues training a pretrained model.',
    'Split the data into training, validation and test sets.',
    'Dropout and weight decay prevent overfitting.',
  ];

  test('returns the document that shares the rarest words with the query', () => {
    expect(bestMatch('How do you prevent overfitting?', documents)?.index).toBe(2);
    expect(bestMatch('Data splitting', documents)?.index).toBe(1);
  });

  test('returns the earliest document on a tie or when nothing matches', () => {
    expect(bestMatch('weight', ['weight decay', 'weight loss', 'decay loss'])?.index).toBe(0);
    expect(bestMatch('kittens', documents)).toEqual({ index: 0, score: 0 });
  });

  test('returns undefined when there are no documents', () => {
    expect(bestMatch('anything', [])).toBeUndefined();
  });
});
