// Prints each page's median score per category over its Lighthouse CI runs as a table (after
// `lhci autorun`, see lighthouserc.cjs); `--write` records it in BENCHMARKS.md. The median per
// category, like the assertions' `median-run`, not Lighthouse CI's "representative" run, which it
// picks by timings and which may hold a page's worst score.
import { readFileSync } from 'node:fs';
import { recordTable } from './support/results-table.ts';

interface ManifestEntry {
  url: string;
  jsonPath: string;
  summary: Record<string, number>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const manifest: ManifestEntry[] = JSON.parse(
  readFileSync(new URL('../.lighthouseci/reports/manifest.json', import.meta.url), 'utf8'),
);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const pages = [...new Set(manifest.map((entry) => entry.url))];
const rows = pages.map((url) => {
  const runs = manifest.filter((entry) => entry.url === url);
  return [
    new URL(url).pathname,
    ...CATEGORIES.map((id) => {
      const scores = runs.map((run) => Math.round((run.summary[id] ?? 0) * 100));
      return `${median(scores)} (${Math.min(...scores)}–${Math.max(...scores)})`;
    }),
  ];
});
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
  footer: `Lighthouse ${version} through Lighthouse CI, mobile emulation, median (min–max) of 3 runs. Every category of every page must score 100 (lighthouserc.cjs).`,
});
