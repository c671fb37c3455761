import { describe, expect, test, vi } from 'vitest';
import courseContent from '../../src/integrations/course-content';

/** Runs the integration's setup hook against a fixture project. */
function setUp(fixture: string) {
  const root = new URL(`../fixtures/${fixture}/`, import.meta.url);
  const hook = courseContent().hooks['astro:config:setup'] as unknown as (options: object) => void;
  const logger = { info: vi.fn() };
  return { run: () => hook({ config: { root, srcDir: new URL('src/', root) }, logger }), logger };
}

describe('courseContent', () => {
  test('errors before the build with one line per problem', () => {
    expect(setUp('broken-site').run).toThrowErrorMatchingInlineSnapshot(`
      [Error: The course content has 1 problem:
        - src/content/docs/chapter.mdx › quiz › "nothing-is-right" › options: has no correct option. Mark the right answer with \`correct: true\`.]
    `);
  });
});

describe('readContentFiles', () => {
  test('errors with the file and line when the frontmatter is not valid YAML', () => {
    expect(setUp('bad-yaml-site').run).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/content/docs/chapter.mdx › frontmatter: the YAML cannot be read on line 5 (bad indentation of a mapping entry). Check the indentation and quote values that contain ": ".]`,
    );
  });
});
