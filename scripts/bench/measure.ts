// Small measuring helpers for the scale benchmark: build a project, size a folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFigures {
  seconds: number;
  /** Peak resident memory of the build in MB, or undefined without GNU time. */
  peakMb: number | undefined;
}

/** Runs `astro build` in `root` and returns wall time and peak memory. */
export function build(root: string, astroBin: string): BuildFigures {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const args = gnuTime
    ? ['-f', 'BENCH %M %e', process.execPath, astroBin, 'build']
    : [astroBin, 'build'];
  const started = performance.now();
  // A thousand-page build prints megabytes of progress; keep all of it for error reports.
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`The build in ${root} failed:\n${result.stdout}\n${result.stderr}`);
  }
  const line = /BENCH (\d+) ([\d.]+)/.exec(result.stderr ?? '');
  return { seconds, peakMb: line ? Number(line[1]) / 1024 : undefined };
}

/** Returns the total size in bytes of every file under `path`. */
export function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => {
    const child = join(path, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(child) : statSync(child).size);
  }, 0);
}
