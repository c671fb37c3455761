import { describe, expect, test } from 'vitest';
import { tableLabel } from '../../src/lib/table-label';

describe('tableLabel', () => {
  test('names a table after the heading above it', () => {
    expect(tableLabel({ heading: 'Comparing the four kinds', tablesBefore: 0 })).toBe(
      'Table: Comparing the four kinds',
    );
  });

  test('numbers the second and later tables under one heading', () => {
    expect(tableLabel({ heading: 'Memory', tablesBefore: 1 })).toBe('Table 2: Memory');
    expect(tableLabel({ heading: 'Memory', tablesBefore: 2 })).toBe('Table 3: Memory');
  });

  test('prefers the caption, which names the table itself', () => {
    expect(
      tableLabel({ caption: 'GPU memory by method', heading: 'Memory', tablesBefore: 1 }),
    ).toBe('GPU memory by method');
  });

  test('tidies white space and ignores an empty caption or heading', () => {
    expect(tableLabel({ caption: '  \n ', heading: ' Costs\n  per run ', tablesBefore: 0 })).toBe(
      'Table: Costs per run',
    );
    expect(tableLabel({ heading: ' ', tablesBefore: 0 })).toBe('Table');
  });

  test('returns "Table" for a table above every heading, numbered from the second', () => {
    expect(tableLabel({ tablesBefore: 0 })).toBe('Table');
    expect(tableLabel({ tablesBefore: 1 })).toBe('Table 2');
  });
});
