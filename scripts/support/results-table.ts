// Prints a Markdown table of measured figures and, with --write, records it in BENCHMARKS.md
// between `<!-- name:start -->` and `<!-- name:end -->`. Shared by every measuring script so
// the tables read alike and no figure is ever typed by hand.
import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';

export interface ResultsTable {
  /** The marker name in BENCHMARKS.md, e.g. `size`. */
  name: string;
  /** The command that produced the figures, shown above the table. */
  command: string;
  header: string[];
  rows: string[][];
  /** Lines printed under the table: budgets, notes, further tables. */
  footer?: string;
}

export function markdownTable(header: string[], rows: string[][]): string {
  return [header, header.map(() => '---'), ...rows]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}

/** Prints the table; with `--write` on the command line, also records it in BENCHMARKS.md. */
export function recordTable({ name, command, header, rows, footer }: ResultsTable): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const body = [
    `Measured ${new Date().toISOString().slice(0, 10)} with \`${command}\` on ${machine}.`,
    '',
    markdownTable(header, rows),
    ...(footer ? ['', footer] : []),
  ].join('\n');
  console.log(body);
  if (!process.argv.includes('--write')) return;
  const file = new URL('../../BENCHMARKS.md', import.meta.url);
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = readFileSync(file, 'utf8');
  if (!text.includes(start)) throw new Error(`BENCHMARKS.md has no ${start} marker.`);
  writeFileSync(
    file,
    text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${body}\n${end}`),
  );
  console.log('Recorded in BENCHMARKS.md.');
}
