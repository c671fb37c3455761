import { describe, expect, test } from 'vitest';
import { isStalled, MIN_LIMIT_MS, stallLimitMs } from '../../src/lib/listen-watchdog';

describe('stallLimitMs', () => {
  test('allows twice the expected time, never less than the floor, shorter when faster', () => {
    const text = 'x'.repeat(120); // 10 s at 12 characters a second
    expect(stallLimitMs(text, 1)).toBe(20_000);
    expect(stallLimitMs(text, 2)).toBe(10_000);
    expect(stallLimitMs('Tokens', 1)).toBe(MIN_LIMIT_MS);
  });
});

describe('isStalled', () => {
  test('is true only once nothing has happened for longer than the limit', () => {
    const text = 'x'.repeat(120);
    expect(isStalled(text, 1, 1000, 21_000)).toBe(false);
    expect(isStalled(text, 1, 1000, 21_001)).toBe(true);
  });
});
