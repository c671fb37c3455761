// Imports the study-notes export and the hostile exports into a throwaway copy of the site,
// builds it as imported (every page a draft), then "publishes" everything the way a hurried
// author might (drafts switched off, explanations filled in, hostile text left as it is) and
// builds again. Slow (two real builds), so it lives apart from the unit tests.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { dump } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { metaPolicy, sha256 } from '../../src/course/csp';
import { copySite, REPO } from '../../scripts/support/site-copy';

const { root, docs } = copySite('import-roundtrip');
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HOSTILE = join(REPO, 'tests/fixtures/exports/hostile');
const hostile = readdirSync(HOSTILE).map((name) => name.replace(/\.txt$/, ''));
const astro = join(REPO, 'node_modules/astro/bin/astro.mjs');

function runImport(input: string, out: string) {
  return execFileSync(
    process.execPath,
    [
      join(REPO, 'scripts/import.ts'),
      input,
      '--out',
      out,
      '--components',
      join(root, 'src/components'),
    ],
    { cwd: root, encoding: 'utf8' },
  );
}

function build() {
  // Vitest's own variables (NODE_ENV=test, MODE, …) would make this a test build, which keeps
  // draft pages; the build must run as `npm run build` does.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/.test(key),
    ),
  );
  const result = spawnSync(process.execPath, [astro, 'build'], {
    cwd: root,
    encoding: 'utf8',
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * Publishes an imported chapter: no drafts, a `why` for every option, and, as the build asks,
 * only the objectives a published question checks (the block goes when fewer than two are left;
 * cards move to the first objective kept).
 */
function publish(file: string) {
  const source = readFileSync(file, 'utf8');
  const { frontmatter, rawFrontmatter } = parseFrontmatter(source);
  const data = frontmatter as {
    draft?: boolean;
    objectives?: { id: string }[];
    quiz?: { draft?: boolean; objective?: string; options: { why: string }[] }[];
    flashcards?: { objective?: string }[];
  };
  delete data.draft;
  for (const question of data.quiz ?? []) {
    if (question.options.length < 2 || !question.options.some((o) => 'correct' in o)) continue;
    delete question.draft;
    for (const option of question.options) option.why = 'Explained by the author.';
  }
  const asked = new Set((data.quiz ?? []).filter((q) => !q.draft).map((q) => q.objective));
  const kept = (data.objectives ?? []).filter((objective) => asked.has(objective.id));
  if (kept.length >= 2) {
    data.objectives = kept;
    for (const card of data.flashcards ?? []) {
      if (!kept.some((objective) => objective.id === card.objective)) card.objective = kept[0]?.id;
    }
  } else {
    delete data.objectives;
  }
  writeFileSync(file, source.replace(rawFrontmatter, `\n${dump(data, { lineWidth: -1 })}`));
}

function elements(tree: Nodes, found: Element[] = []): Element[] {
  if (tree.type === 'element') found.push(tree);
  if ('children' in tree) for (const child of tree.children) elements(child as Nodes, found);
  return found;
}

const SAFE_URL = /^(https?:|mailto:|\/|#|\.\.?\/|[^:]*$)/i;

describe('npm run import', () => {
  test(
    'returns a site that builds with imported pages left out as drafts',
    { timeout: 300_000 },
    () => {
      const summary = runImport(
        join(REPO, 'tests/fixtures/exports/seed.txt'),
        join(docs, 'foundations'),
      );
      expect(summary).toMatch(/10 chapters written/);
      for (const name of hostile)
        runImport(join(HOSTILE, `${name}.txt`), join(docs, 'workflow', name));

      const first = build();
      expect(first.ok, first.output.slice(-3000)).toBe(true);
      expect(first.output).toMatch(
        /01-model-fine-tuning\.mdx is a draft page with \d+ draft questions?/,
      );
      expect(existsSync(join(root, 'dist/foundations/01-model-fine-tuning/index.html'))).toBe(
        false,
      );
      expect(readFileSync(join(root, 'dist/flashcards.tsv'), 'utf8')).not.toContain(
        'What is Fine-Tuning?',
      );
    },
  );

  test(
    'returns pages in which no imported text runs, loads or hides, once published',
    { timeout: 300_000 },
    () => {
      const imported = filesUnder(docs).filter((file) => /\/\d+-[^/]+\.mdx$/.test(file));
      imported.forEach(publish);

      const second = build();
      expect(second.ok, second.output.slice(-3000)).toBe(true);
      // Nothing from an export ran on the builder's machine.
      expect(
        filesUnder(root).filter((file) => /PWNED/.test(file) && !file.includes('/src/')),
      ).toEqual([]);

      const seedPage = readFileSync(
        join(root, 'dist/foundations/01-model-fine-tuning/index.html'),
        'utf8',
      );
      expect(seedPage).toContain('What is Fine-Tuning?');

      for (const name of hostile) {
        const pages = filesUnder(join(root, 'dist/workflow', name)).filter((f) =>
          f.endsWith('.html'),
        );
        expect(pages.length, name).toBeGreaterThan(0);
        for (const page of pages) {
          const html = readFileSync(page, 'utf8');
          const allowed = new Set(metaPolicy(html)?.match(/sha256-[^' ]+/g) ?? []);
          const where = relative(root, page);
          for (const element of elements(fromHtml(html))) {
            for (const [name, value] of Object.entries(element.properties)) {
              expect(/^on/i.test(name), `${where}: <${element.tagName} ${name}>`).toBe(false);
              if (['href', 'src', 'action', 'formAction'].includes(name)) {
                expect(String(value), `${where}: <${element.tagName} ${name}>`).toMatch(SAFE_URL);
              }
            }
            if (element.tagName === 'script' && !element.properties.src) {
              const text = element.children
                .map((child) => ('value' in child ? child.value : ''))
                .join('');
              expect(
                allowed.has(sha256(text)),
                `${where}: an inline script the build did not emit`,
              ).toBe(true);
            }
            if (element.tagName === 'script' && element.properties.src) {
              expect(String(element.properties.src), where).toMatch(/^\/(_astro|pagefind)\//);
            }
            expect(['iframe', 'object', 'embed'], where).not.toContain(element.tagName);
          }
        }
      }

      // The hostile text is on the page as text a learner reads.
      const visible = (node: Nodes): string =>
        node.type === 'text'
          ? node.value
          : node.type === 'element' && ['script', 'style'].includes(node.tagName)
            ? ''
            : 'children' in node
              ? node.children.map((child) => visible(child as Nodes)).join('')
              : '';
      const page = (name: string) =>
        filesUnder(join(root, 'dist/workflow', name))
          .filter((f) => f.endsWith('.html'))
          .map((f) => visible(fromHtml(readFileSync(f, 'utf8'))))
          .join('\n');
      // (Quotes in the chapter body may be typeset as curly quotes, so they are left out here.)
      expect(page('esm')).toContain('export const pwned = (await import(');
      expect(page('jsx')).toContain('An expression {(await import(');
      expect(page('html')).toContain('<script>window.PWNED_HTML = 5</script> is shown as text.');
      expect(page('html')).toContain('<img src=x onerror="window.PWNED_HTML = 2">');
      expect(page('links')).toContain('[javascript link](javascript:window.PWNED_LINK=4)');
      expect(page('yaml')).toContain('2024-01-01');
    },
  );

  test('errors when one chapter places the same question twice', { timeout: 300_000 }, () => {
    const chapter = join(docs, 'foundations', 'twice.mdx');
    writeFileSync(
      chapter,
      [
        '---',
        'title: Twice',
        'quiz:',
        '  - id: asked-twice',
        '    prompt: Is this question on the page twice?',
        '    options:',
        '      - { text: "Yes", correct: true, why: "Two Quiz components show it." }',
        '      - { text: "No", why: "It is." }',
        "    teaches: '#topic'",
        '---',
        "import Quiz from '../../../components/Quiz.astro';",
        '',
        '## Topic',
        '',
        '<Quiz />',
        '',
        '<Quiz />',
        '',
      ].join('\n'),
    );
    const result = build();
    rmSync(chapter);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(
      'src/content/docs/foundations/twice.mdx › <Quiz> › "asked-twice": this question is already on the page',
    );
  });
});
