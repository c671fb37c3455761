import { describe, expect, test } from 'vitest';
import { growth, ratioTo, tableRows, type BuildRow } from '../../scripts/bench/rows.ts';
import { stockAstroConfig } from '../../scripts/bench/stock-site.ts';
import { VARIANTS } from '../../scripts/bench/synthetic-course.ts';

const row = (size: number, variant: BuildRow['variant'], seconds: number): BuildRow => ({
  size,
  variant,
  pages: size + 2,
  seconds,
  peakMb: 1000,
  distMb: 10,
  pagefindMb: 1,
});

const rows = [
  row(100, 'stock-md', 10),
  row(100, 'stock-mdx', 12),
  row(100, 'mdx', 15),
  row(1000, 'stock-md', 40),
  row(1000, 'mdx', 60),
];

describe('ratioTo', () => {
  test("divides a row's build time by the baseline's at the same size", () => {
    expect(ratioTo(rows, rows[2]!, 'stock-md')).toBe(1.5);
    expect(ratioTo(rows, rows[2]!, 'stock-mdx')).toBe(1.25);
    expect(ratioTo(rows, rows[4]!, 'stock-md')).toBe(1.5);
  });

  test('returns undefined when that size has no such baseline', () => {
    expect(ratioTo(rows, rows[4]!, 'stock-mdx')).toBeUndefined();
  });
});

describe('tableRows', () => {
  test('prints both ratios on every row, and n/a for a missing baseline', () => {
    const [, , mdx100, , mdx1000] = tableRows(rows);
    expect(mdx100).toEqual([
      '100',
      VARIANTS.mdx.label,
      '15.0',
      '1000',
      '6.8',
      '10.0',
      '1.0',
      '1.50×',
      '1.25×',
    ]);
    expect(mdx1000?.slice(-2)).toEqual(['1.50×', 'n/a']);
  });
});

describe('growth', () => {
  test('compares the growth of build time with the growth of chapters, size by size', () => {
    expect(growth(rows, 'mdx')).toEqual(['100 → 1000: ×4.0 time for ×10 chapters']);
    expect(growth(rows, 'stock-mdx')).toEqual([]);
  });
});

describe('stockAstroConfig', () => {
  test("is Starlight alone, with the course's parts in its sidebar", () => {
    const config = stockAstroConfig('Course');
    expect(config).toContain("import starlight from '@astrojs/starlight';");
    expect(config).toContain('{"autogenerate":{"directory":"foundations"}}');
    expect(config.match(/^import .*$/gm)).toEqual([
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
    ]);
    expect(config).not.toMatch(/plugins|security|preact/);
  });
});
