// How `npm run import` scales: writes synthetic exports of 1 MB and 5 MB and times a
// --dry-run of each (parse, draft and place every question and card, write nothing).
//
//   npm run bench:import            print the table
//   npm run bench:import -- --write also record it in BENCHMARKS.md
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticExport } from './bench/synthetic-export.ts';
import { recordTable } from './support/results-table.ts';

const SIZES_MB = [1, 5];
const BUDGET_SECONDS = 10;
const folder = mkdtempSync(join(tmpdir(), 'import-bench-'));
const rows: string[][] = [];
let overBudget = false;
try {
  for (const megabytes of SIZES_MB) {
    const text = syntheticExport(megabytes * 1024 * 1024);
    const file = join(folder, `export-${megabytes}mb.txt`);
    writeFileSync(file, text);
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      ['scripts/import.ts', file, '--out', join(folder, 'out'), '--dry-run'],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`The import of ${file} failed:\n${run.stderr}`);
    const total = /total \((\d+) chapters\)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(run.stdout);
    const questions = Number(total?.[2] ?? 0) + Number(total?.[3] ?? 0);
    const cards = Number(total?.[4] ?? 0) + Number(total?.[5] ?? 0);
    rows.push([
      `${megabytes} MB`,
      total?.[1] ?? '?',
      String(questions),
      String(cards),
      seconds.toFixed(1),
    ]);
    if (seconds > BUDGET_SECONDS) overBudget = true;
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
recordTable({
  name: 'import',
  command: 'npm run bench:import',
  header: ['Export', 'Chapters', 'Questions', 'Cards', '--dry-run (s)'],
  rows,
  footer: `Budget: ${BUDGET_SECONDS} s for a 5 MB export.`,
});
if (overBudget) {
  console.error(`An import took longer than ${BUDGET_SECONDS} s.`);
  process.exitCode = 1;
}
