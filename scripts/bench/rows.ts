// The scale benchmark's table: one row per build, with its build cost divided by each stock
// Starlight baseline's at the same size. The cost is processor time when GNU time measured it
// (wall time stretches whenever something else runs on a shared machine), else wall time. Both ratios are printed for every row, the less
// flattering one included. Pure, so the arithmetic is unit-tested.
import { VARIANTS, type Variant } from './synthetic-course.ts';

export interface BuildRow {
  size: number;
  variant: Variant;
  pages: number;
  /** Wall time. */
  seconds: number;
  /** Processor time of the build and its children (user + system), when GNU time measured it. */
  cpuSeconds?: number | undefined;
  /** Peak resident memory in MB, when GNU time could measure it. */
  peakMb: number | undefined;
  distMb: number;
  pagefindMb: number;
  /** Why the build failed; its other figures then mean nothing. */
  failure?: string;
}

/** The baselines every row is divided by: stock Starlight, the same text as Markdown and as MDX. */
export const BASELINES = ['stock-md', 'stock-mdx'] as const satisfies readonly Variant[];

/** What a build cost: its processor time when both rows compared have it, else its wall time. */
function cost(row: BuildRow, other: BuildRow): number {
  return row.cpuSeconds !== undefined && other.cpuSeconds !== undefined
    ? row.cpuSeconds
    : row.seconds;
}

/** A row's build cost ÷ the baseline's at the same size, or undefined without that baseline. */
export function ratioTo(
  rows: readonly BuildRow[],
  row: BuildRow,
  baseline: Variant,
): number | undefined {
  const base = rows.find((each) => each.size === row.size && each.variant === baseline);
  if (!base || base.failure || row.failure || cost(base, row) <= 0) return undefined;
  return cost(row, base) / cost(base, row);
}

const times = (ratio: number | undefined) => (ratio === undefined ? 'n/a' : `${ratio.toFixed(2)}×`);

export const HEADER = [
  'Chapters',
  'Site and chapters',
  'Build, wall (s)',
  'Build, CPU (s)',
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
          row.cpuSeconds?.toFixed(1) ?? 'n/a',
          row.peakMb?.toFixed(0) ?? 'n/a',
          ...HEADER.slice(5).map(() => 'n/a'),
        ]
      : [
          String(row.size),
          VARIANTS[row.variant].label,
          row.seconds.toFixed(1),
          row.cpuSeconds?.toFixed(1) ?? 'n/a',
          row.peakMb?.toFixed(0) ?? 'n/a',
          (row.pages / row.seconds).toFixed(1),
          row.distMb.toFixed(1),
          row.pagefindMb.toFixed(1),
          ...BASELINES.map((baseline) => times(ratioTo(rows, row, baseline))),
        ],
  );
}

/**
 * How a variant's build cost grows from one size to the next, against how the chapters grow:
 * e.g. "×3.3 for ×3 chapters". One entry per pair of adjacent sizes.
 */
export function growth(rows: readonly BuildRow[], variant: Variant): string[] {
  const ofVariant = rows
    .filter((row) => row.variant === variant && !row.failure)
    .sort((a, b) => a.size - b.size);
  return ofVariant.slice(1).map((row, index) => {
    const before = ofVariant[index]!;
    const time = cost(row, before) / cost(before, row);
    return `${before.size} → ${row.size}: ×${time.toFixed(1)} time for ×${(row.size / before.size).toFixed(0)} chapters`;
  });
}
