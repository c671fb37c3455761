import { describe, expect, test } from 'vitest';
import { failureLine } from '../../scripts/bench/measure.ts';
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

describe('on a shared machine', () => {
  const withCpu = (base: BuildRow, cpuSeconds: number): BuildRow => ({ ...base, cpuSeconds });
  // Wall times stretched by other work: 30 s against 10 s, though each used 12 and 10 s of CPU.
  const busy = [withCpu(row(100, 'stock-md', 10), 10), withCpu(row(100, 'mdx', 30), 12)];

  test('ratios and growth use processor time when both builds have it', () => {
    expect(ratioTo(busy, busy[1]!, 'stock-md')).toBeCloseTo(1.2);
    expect(tableRows(busy)[1]?.slice(2, 4)).toEqual(['30.0', '12.0']);
    const grown = [busy[1]!, withCpu(row(1000, 'mdx', 20), 96)];
    expect(growth(grown, 'mdx')).toEqual(['100 → 1000: ×8.0 time for ×10 chapters']);
  });

  test('a baseline without processor time falls back to wall time for both', () => {
    const mixed = [row(100, 'stock-md', 10), busy[1]!];
    expect(ratioTo(mixed, busy[1]!, 'stock-md')).toBe(3);
  });
});

describe('tableRows', () => {
  test('prints both ratios on every row, and n/a for a missing baseline', () => {
    const [, , mdx100, , mdx1000] = tableRows(rows);
    expect(mdx100).toEqual([
      '100',
      VARIANTS.mdx.label,
      '15.0',
      'n/a',
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

describe('a failed build', () => {
  const failed = { ...row(3000, 'mdx', 300), failure: 'FATAL ERROR: heap | limit' };
  const withFailure = [...rows, row(3000, 'stock-md', 100), failed];

  test('is a row that says why, with no figures and no ratio', () => {
    expect(tableRows(withFailure).at(-1)).toEqual([
      '3000',
      VARIANTS.mdx.label,
      'failed after 300 s: FATAL ERROR: heap / limit',
      'n/a',
      '1000',
      ...Array(5).fill('n/a'),
    ]);
    expect(ratioTo(withFailure, failed, 'stock-md')).toBeUndefined();
    expect(growth(withFailure, 'mdx')).toEqual(['100 → 1000: ×4.0 time for ×10 chapters']);
  });

  test("takes V8's fatal error over the native stack trace after it, else the last line", () => {
    const oom = [
      'building…',
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
      ' 1: 0xb8a0 node::Abort() [node]',
      'Command terminated by signal 6',
      'BENCH 4400000 310.2',
    ].join('\n');
    expect(failureLine(oom)).toBe(
      'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory',
    );
    expect(
      failureLine('[ERROR] Could not resolve x\nCommand exited with non-zero status 1\n'),
    ).toBe('[ERROR] Could not resolve x');
    expect(failureLine('')).toBeUndefined();
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
