// The scale benchmark's table: one row per build, with its build time divided by each stock
// Starlight baseline's at the same size. Both ratios are printed for every row, the less
// flattering one included. Pure, so the arithmetic is unit-tested.
import { VARIANTS, type Variant } from './synthetic-course.ts';

export interface BuildRow {
  size: number;
  variant: Variant;
  pages: number;
  seconds: number;
  /** Peak resident memory in MB, when GNU time could measure it. */
  peakMb: number | undefined;
  distMb: number;
  pagefindMb: number;
  /** Why the build failed; its other figures then mean nothing. */
  failure?: string;
}

/** The baselines every row is divided by: stock Starlight, the same text as Markdown and as MDX. */
export const BASELINES = ['stock-md', 'stock-mdx'] as const satisfies readonly Variant[];

/** A row's build time ÷ the baseline's at the same size, or undefined without that baseline. */
export function ratioTo(
  rows: readonly BuildRow[],
  row: BuildRow,
  baseline: Variant,
): number | undefined {
  const base = rows.find((each) => each.size === row.size && each.variant === baseline);
  if (!base || base.failure || row.failure || base.seconds <= 0) return undefined;
  return row.seconds / base.seconds;
}

const times = (ratio: number | undefined) => (ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}×`);

export const HEADER = [
  'Chapters',
  'Site and chapters',
  'Build (s)',
  'Peak memory (MB)',
  'Pages/s',
  'dist (MB)',
  'Pagefind index (MB)',
  '÷ stock Markdown',
  '÷ stock MDX',
];

export function tableRows(rows: readonly BuildRow[]): string[][] {
  return rows.map((row) =>
    row.failure
      ? [
          String(row.size),
          VARIANTS[row.variant].label,
          `failed after ${row.seconds.toFixed(0)} s: ${row.failure.replaceAll('|', '/')}`,
          row.peakMb?.toFixed(0) ?? 'n/a',
          ...HEADER.slice(4).map(() => 'n/a'),
        ]
      : [
          String(row.size),
          VARIANTS[row.variant].label,
          row.seconds.toFixed(1),
          row.peakMb?.toFixed(0) ?? 'n/a',
          (row.pages / row.seconds).toFixed(1),
          row.distMb.toFixed(1),
          row.pagefindMb.toFixed(1),
          ...BASELINES.map((baseline) => times(ratioTo(rows, row, baseline))),
        ],
  );
}

/**
 * How a variant's build time grows from one size to the next, against how the chapters grow:
 * e.g. "×3.3 for ×3 chapters". One entry per pair of adjacent sizes.
 */
export function growth(rows: readonly BuildRow[], variant: Variant): string[] {
  const ofVariant = rows
    .filter((row) => row.variant === variant && !row.failure)
    .sort((a, b) => a.size - b.size);
  return ofVariant.slice(1).map((row, index) => {
    const before = ofVariant[index]!;
    const time = row.seconds / before.seconds;
    return `${before.size} → ${row.size}: ×${time.toFixed(1)} time for ×${(row.size / before.size).toFixed(0)} chapters`;
  });
}
