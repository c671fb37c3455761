// Rules for the chapters' text (issue 12): further reading with a reason for every entry, a
// language on every code block, and Python blocks that Python itself can parse. Spelling is
// checked by `npm run spell` (cspell, American English, cspell-words.txt).
import { spawnSync } from 'node:child_process';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import type { Code, List, Root, RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { loadChapters } from '../support/course';
import { wordCount } from './course-items';

const chapters = loadChapters();

function nodes(tree: Root): RootContent[] {
  const all: RootContent[] = [];
  const walk = (node: { children?: RootContent[] }) =>
    node.children?.forEach((child) => {
      all.push(child);
      walk(child as { children?: RootContent[] });
    });
  walk(tree);
  return all;
}

const parsed = chapters.map((chapter) => ({ chapter, tree: fromMarkdown(chapter.body) }));

/** Where a code block starts in the chapter file: its body line plus the frontmatter's. */
const lineOf = (source: string, body: string, node: Code) =>
  source.slice(0, source.length - body.length).split('\n').length -
  1 +
  (node.position?.start.line ?? 0);

/** Runs every block through Python's own parser; returns the ones it rejects, with its message. */
export function pythonErrors(blocks: readonly { where: string; code: string }[]): string[] {
  const check = spawnSync(
    'python3',
    [
      '-c',
      'import ast, json, sys\nfor b in json.load(sys.stdin):\n    try: ast.parse(b["code"])\n    except SyntaxError as e: print(f\'{b["where"]}: line {e.lineno}: {e.msg}\')',
    ],
    { input: JSON.stringify(blocks), encoding: 'utf8' },
  );
  if (check.error || check.status !== 0) {
    throw new Error(
      `python3 could not run (${check.error?.message ?? check.stderr}). Install Python 3; .ci/run does.`,
    );
  }
  return check.stdout.split('\n').filter(Boolean);
}

describe('chapter text', () => {
  describe.each(parsed.map(({ chapter, tree }) => [chapter.id, chapter, tree] as const))(
    '%s',
    (_id, chapter, tree) => {
      test('ends with further reading: at least 3 linked sources, each with a line on why', () => {
        const children = tree.children;
        const heading = children.findIndex(
          (node) =>
            node.type === 'heading' && node.depth === 2 && toString(node) === 'Further reading',
        );
        expect(heading, `${chapter.file}: no "## Further reading" section`).toBeGreaterThanOrEqual(
          0,
        );
        const list = children.slice(heading + 1).find((node): node is List => node.type === 'list');
        const entries = list?.children ?? [];
        expect(entries.length, `${chapter.file}: further reading entries`).toBeGreaterThanOrEqual(
          3,
        );
        for (const entry of entries) {
          const links = nodes({ type: 'root', children: entry.children }).filter(
            (node) => node.type === 'link',
          );
          const text = toString(entry);
          expect(
            links.length,
            `${chapter.file}: "${text.slice(0, 60)}" has no link`,
          ).toBeGreaterThan(0);
          const reason = text.slice(text.indexOf(toString(links[0]!)) + toString(links[0]!).length);
          expect(
            wordCount(reason),
            `${chapter.file}: "${text.slice(0, 60)}" says nothing on why to read it`,
          ).toBeGreaterThanOrEqual(5);
        }
      });

      test('gives every code block a language', () => {
        const bare = nodes(tree).filter((node): node is Code => node.type === 'code' && !node.lang);
        expect(
          bare.map((node) => `${chapter.file}:${lineOf(chapter.source, chapter.body, node)}`),
        ).toEqual([]);
      });
    },
  );

  test('has Python blocks that parse', () => {
    const blocks = parsed.flatMap(({ chapter, tree }) =>
      nodes(tree)
        .filter((node): node is Code => node.type === 'code' && node.lang === 'python')
        .map((node) => ({
          where: `${chapter.file}:${lineOf(chapter.source, chapter.body, node)}`,
          code: node.value,
        })),
    );
    expect(blocks.length).toBeGreaterThan(0);
    expect(pythonErrors(blocks)).toEqual([]);
  });

  test('errors for a Python block that does not parse', () => {
    expect(pythonErrors([{ where: 'fixture.mdx:3', code: 'def broken(:\n    pass' }])).toEqual([
      expect.stringMatching(/^fixture\.mdx:3: line 1: /),
    ]);
  });
});
