import { describe, expect, test } from 'vitest';
import {
  absoluteTolerance,
  answerLabel,
  gradeNumber,
  isWithin,
  parseNumber,
} from '../../src/lib/numeric';

describe('parseNumber', () => {
  test.each([
    ['187.5', 187.5],
    ['1,000', 1000],
    ['12,000,000', 12000000],
    ['1 000', 1000],
    ['1\u202f000', 1000],
    ['1e3', 1000],
    ['2.5E-4', 0.00025],
    ['0.5', 0.5],
    ['.5', 0.5],
    ['0,5', 0.5],
    ['1,00', 1],
    ['187,5', 187.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1.000.000', 1000000],
    ['-3', -3],
    ['−3', -3],
    ['187 steps', 187],
    ['3.5GB', 3.5],
  ])('reads %j as %d', (input, value) => {
    expect(parseNumber(input, input.includes('GB') ? 'GB' : 'steps')).toBe(value);
  });

  test.each(['', 'abc', '1,2,3', '12..5', '1e', 'five', '187 tokens', '1/2', '0x10'])(
    'returns null for %j',
    (input) => {
      expect(parseNumber(input, 'steps')).toBeNull();
    },
  );
});

describe('absoluteTolerance', () => {
  test('returns a number as it is and a percentage of the value', () => {
    expect(absoluteTolerance(187.5, 0.5)).toBe(0.5);
    expect(absoluteTolerance(200, '2%')).toBe(4);
    expect(absoluteTolerance(-200, '2%')).toBe(4);
  });
});

describe('isWithin', () => {
  test('returns true inside the tolerance, edges included, and false outside', () => {
    expect(isWithin(187, 187.5, 0.5)).toBe(true);
    expect(isWithin(188, 187.5, 0.5)).toBe(true);
    expect(isWithin(188.01, 187.5, 0.5)).toBe(false);
    expect(isWithin(0.1 + 0.2, 0.3, 0)).toBe(true);
  });
});

describe('answerLabel', () => {
  test('returns the value, its unit and the tolerance', () => {
    expect(answerLabel(187.5, 0.5, 'steps')).toBe('187.5 steps (± 0.5)');
    expect(answerLabel(3.5, '10%', 'GB')).toBe('3.5 GB (± 10%)');
    expect(answerLabel(12000, 0)).toBe('12,000');
  });
});

describe('gradeNumber', () => {
  test('returns correct within the tolerance only', () => {
    expect(gradeNumber({ value: 187.5, tolerance: 0.5 }, 188)).toBe(true);
    expect(gradeNumber({ value: 187.5, tolerance: 0.5 }, 189)).toBe(false);
  });
});
