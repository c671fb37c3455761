import { describe, expect, test } from 'vitest';
import { formatInterval } from '../../src/lib/interval-label';

const DAY = 86_400_000;

describe('formatInterval', () => {
  test('returns short labels for grade buttons', () => {
    expect(formatInterval(60_000)).toBe('1 min');
    expect(formatInterval(10 * 60_000)).toBe('10 min');
    expect(formatInterval(5 * 3_600_000)).toBe('5 h');
    expect(formatInterval(3 * DAY)).toBe('3 d');
    expect(formatInterval(65 * DAY)).toBe('2 mo');
    expect(formatInterval(550 * DAY)).toBe('1.5 y');
  });
});
