import { describe, expect, test } from 'vitest';
import { grade, isSelectAll } from '../../src/lib/scoring';

const single = {
  id: 'single',
  options: [{ correct: false }, { correct: true }, { correct: false }],
};
const selectAll = {
  id: 'select-all',
  options: [{ correct: true }, { correct: true }, { correct: false }, { correct: true }],
};

describe('isSelectAll', () => {
  test('returns false for one correct option and true for several', () => {
    expect(isSelectAll(single)).toBe(false);
    expect(isSelectAll(selectAll)).toBe(true);
  });
});

describe('grade', () => {
  test('returns correct with full credit for the right single answer', () => {
    expect(grade(single, [1])).toEqual({
      correct: true,
      credit: 1,
      verdicts: ['wrong-skipped', 'correct-picked', 'wrong-skipped'],
    });
  });

  test('returns incorrect and marks the missed answer for a wrong single answer', () => {
    expect(grade(single, [0])).toEqual({
      correct: false,
      credit: 0,
      verdicts: ['wrong-picked', 'correct-missed', 'wrong-skipped'],
    });
  });

  test('returns partial credit when some correct options of a select-all question are missing', () => {
    const result = grade(selectAll, [0, 1]);
    expect(result.correct).toBe(false);
    expect(result.credit).toBeCloseTo(2 / 3);
    expect(result.verdicts[3]).toBe('correct-missed');
  });

  test('returns reduced credit when a wrong option is picked with right ones', () => {
    const result = grade(selectAll, [0, 1, 2, 3]);
    expect(result.correct).toBe(false);
    expect(result.credit).toBeCloseTo(2 / 3);
  });

  test('returns zero credit, never negative, when only wrong options are picked', () => {
    expect(grade(selectAll, [2]).credit).toBe(0);
  });

  test('returns incorrect when nothing is picked', () => {
    expect(grade(single, []).correct).toBe(false);
  });
});

describe('grade with options in display order', () => {
  test('returns verdicts by authored index, whatever order the options were shown in', () => {
    const shown = {
      options: [
        { index: 2, correct: false },
        { index: 0, correct: true },
        { index: 1, correct: false },
      ],
    };
    expect(grade(shown, [2]).verdicts).toEqual(['correct-missed', 'wrong-skipped', 'wrong-picked']);
    expect(grade(shown, [0]).correct).toBe(true);
  });
});
