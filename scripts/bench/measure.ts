// Small measuring helpers for the scale benchmark: build a project, size a folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildFigures {
  seconds: number;
  /**
   * Processor time (user + system) of the build and its children, or undefined without GNU
   * time. On a shared machine other work stretches wall time but not this, so ratios use it.
   */
  cpuSeconds: number | undefined;
  /** Peak resident memory of the build in MB, or undefined without GNU time. */
  peakMb: number | undefined;
  /** Why the build failed (its last line of errors), so one failed size does not lose the run. */
  failure?: string;
}

/** Runs `astro build` in `root` and returns wall and CPU time and peak memory, or why it failed. */
export function build(root: string, astroBin: string): BuildFigures {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : process.execPath;
  const args = gnuTime
    ? ['-f', 'BENCH %M %e %U %S', process.execPath, astroBin, 'build']
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
  const line = /BENCH (\d+) [\d.]+ ([\d.]+) ([\d.]+)/.exec(result.stderr ?? '');
  const figures = {
    seconds,
    cpuSeconds: line ? Number(line[2]) + Number(line[3]) : undefined,
    peakMb: line ? Number(line[1]) / 1024 : undefined,
  };
  if (result.status === 0) return figures;
  console.error(`The build in ${root} failed:\n${result.stdout}\n${result.stderr}`);
  return {
    ...figures,
    failure: failureLine(result.stderr ?? '') ?? `exit status ${result.status}`,
  };
}

/**
 * The line that says why a build failed: V8's fatal error (running out of heap is the likely
 * failure at thousands of chapters; a native stack trace follows it), else the last error line.
 */
export function failureLine(stderr: string): string | undefined {
  const lines = stderr
    .split('\n')
    .map((each) => each.trim())
    .filter((each) => each && !/^BENCH |^Command (exited|terminated)/.test(each));
  return (lines.find((each) => each.startsWith('FATAL ERROR')) ?? lines.at(-1))?.slice(0, 160);
}

/** Returns the total size in bytes of every file under `path`. */
export function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  return readdirSync(path, { withFileTypes: true }).reduce((sum, entry) => {
    const child = join(path, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(child) : statSync(child).size);
  }, 0);
}
