// Imports the study-notes export into a throwaway copy of the site, builds it, and checks
// that the build passes with every draft left out. Slow (one real build), so it lives
// apart from the unit tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { copySite, REPO } from '../../scripts/support/site-copy';

const repo = REPO;
const { root, docs } = copySite('import-roundtrip');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import', () => {
  test('returns a site that builds with the drafts left out', { timeout: 180_000 }, () => {
    const chapters = join(docs, 'foundations');
    const summary = execFileSync(
      process.execPath,
      [
        join(repo, 'scripts/import.ts'),
        join(repo, 'tests/fixtures/exports/seed.txt'),
        '--out',
        chapters,
        '--components',
        join(root, 'src/components'),
      ],
      { encoding: 'utf8' },
    );
    expect(summary).toMatch(/10 chapters written/);
    expect(readdirSync(chapters)).toHaveLength(10);

    const build = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/astro/bin/astro.mjs'), 'build'],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status, output.slice(-3000)).toBe(0);
    expect(output).toMatch(
      /01-model-fine-tuning\.mdx: \d+ draft questions? and \d+ draft cards? left out/,
    );

    const page = readFileSync(
      join(root, 'dist/foundations/01-model-fine-tuning/index.html'),
      'utf8',
    );
    // The complete card (the export gave its back) is on the page; draft questions are not.
    expect(page).toContain('What is Fine-Tuning?');
    expect(page).not.toContain('What distinguishes few-shot learning from fine-tuning?');
  });
});
