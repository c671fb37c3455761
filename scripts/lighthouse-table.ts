// Prints the median Lighthouse CI run of each page as a table (after `lhci autorun`, see
// lighthouserc.cjs); `--write` records it in BENCHMARKS.md.
import { readFileSync } from 'node:fs';
import { recordTable } from './support/results-table.ts';

interface ManifestEntry {
  url: string;
  isRepresentativeRun: boolean;
  jsonPath: string;
  summary: Record<string, number>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const manifest: ManifestEntry[] = JSON.parse(
  readFileSync(new URL('../.lighthouseci/reports/manifest.json', import.meta.url), 'utf8'),
);
const rows = manifest
  .filter((entry) => entry.isRepresentativeRun)
  .map((entry) => [
    new URL(entry.url).pathname,
    ...CATEGORIES.map((id) => String(Math.round((entry.summary[id] ?? 0) * 100))),
  ]);
const [first] = manifest;
const version = first
  ? (JSON.parse(readFileSync(first.jsonPath, 'utf8')) as { lighthouseVersion: string })
      .lighthouseVersion
  : 'unknown';
recordTable({
  name: 'lighthouse',
  command: 'npm run lighthouse',
  header: ['Page', ...CATEGORIES],
  rows,
  footer: `Lighthouse ${version} through Lighthouse CI, mobile emulation, median of 3 runs. Every category of every page must score 100 (lighthouserc.cjs).`,
});
