import { describe, expect, test } from 'vitest';
import { hashString, newSeed, seededRandom, shuffle, stableOrder } from '../../src/lib/shuffle';

describe('stableOrder', () => {
  test('returns a permutation of every index', () => {
    expect(stableOrder(5, 'seed', 'q').sort()).toEqual([0, 1, 2, 3, 4]);
  });

  test('returns the same order for the same learner and question, on every visit and release', () => {
    // Pinned: a change that reshuffles every learner's options must fail here.
    expect(stableOrder(4, 'abc', 'prevent-overfitting')).toEqual([2, 1, 0, 3]);
    expect(stableOrder(5, 'seed', 'q')).toEqual([1, 2, 4, 3, 0]);
  });

  test('returns different orders across learners', () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, learner) => stableOrder(4, `learner-${learner}`, 'q').join()),
    );
    expect(orders.size).toBeGreaterThan(5);
  });

  test('returns the first option first for only about a quarter of questions', () => {
    const firsts = Array.from(
      { length: 400 },
      (_, index) => stableOrder(4, 'seed', `q${index}`)[0],
    );
    const share = firsts.filter((first) => first === 0).length / firsts.length;
    expect(share).toBeGreaterThan(0.15);
    expect(share).toBeLessThan(0.35);
  });
});

describe('shuffle', () => {
  test('returns a new array and leaves the input alone', () => {
    const input = [1, 2, 3];
    const output = shuffle(input, seededRandom(1));
    expect(input).toEqual([1, 2, 3]);
    expect(output.sort()).toEqual([1, 2, 3]);
  });

  test('returns the order its random source dictates', () => {
    expect(shuffle([1, 2, 3, 4, 5], seededRandom(1))).toEqual([5, 3, 2, 1, 4]);
  });
});

describe('hashString', () => {
  test('returns an unsigned 32-bit integer that depends on the text', () => {
    expect(hashString('a')).toBe(3826002220);
    expect(hashString('a')).not.toBe(hashString('b'));
    expect(hashString('a')).toBeGreaterThanOrEqual(0);
    expect(hashString('a')).toBeLessThan(2 ** 32);
  });
});

describe('newSeed', () => {
  test('returns a non-empty base-36 string', () => {
    expect(newSeed(() => 0.5)).toBe('zik0zk');
  });
});
