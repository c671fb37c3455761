// The docs loader with the course's checks, run on small fixture sites through the real glob
// loader, with a stand-in for the parts of Astro's content layer it uses.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { z } from 'astro/zod';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test, vi } from 'vitest';
import { courseLoader } from '../../src/course/loader';
import { ChapterSchema } from '../../src/schemas/chapter';

/** Starlight's title plus our fields: what the collection schema checks, in small. */
const CollectionSchema = ChapterSchema.extend({
  title: z.string(),
  draft: z.boolean().default(false),
});

function run(site: string) {
  const root = new URL(`../fixtures/${site}/`, import.meta.url);
  const entries = new Map<
    string,
    { id: string; data: Record<string, unknown>; body?: string; filePath?: string }
  >();
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  const context = {
    collection: 'docs',
    config: { root, srcDir: new URL('src/', root), integrations: [] },
    logger,
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => (
        entries.set(entry.id, entry),
        true
      ),
      delete: (id: string) => entries.delete(id),
      has: (id: string) => entries.has(id),
      keys: () => entries.keys(),
      values: () => entries.values(),
      entries: () => entries.entries(),
      addModuleImport: () => {},
    },
    generateDigest: (text: string) => String(text.length),
    parseData: async ({ data }: { data: Record<string, unknown> }) => CollectionSchema.parse(data),
    entryTypes: new Map([
      [
        '.mdx',
        {
          getEntryInfo: ({ contents }: { contents: string }) => {
            const { frontmatter, content } = parseFrontmatter(contents);
            return { data: frontmatter, body: content };
          },
        },
      ],
    ]),
  } as unknown as LoaderContext;
  return { load: () => courseLoader().load(context), logger, entries };
}

describe('courseLoader', () => {
  test('errors before the build with one line per problem, naming the file, id, field and fix', async () => {
    const { load, entries } = run('broken-site');
    await expect(load()).rejects.toThrowErrorMatchingInlineSnapshot(`
      [AstroUserError: The course content has 1 problem:
        - src/content/docs/chapter.mdx › quiz › "nothing-is-right" › options: has no correct option. Mark the right answer with \`correct: true\`.]
    `);
    await expect(load()).rejects.toMatchObject({
      hint: expect.stringContaining('src/schemas/question.ts'),
    });
    // The broken chapter is not kept, so the next run reads and reports it again.
    expect(entries.size).toBe(0);
  });

  test('warns about every draft page and draft question it leaves out', async () => {
    const { load, logger } = run('drafts-site');
    await load();
    expect(logger.warn.mock.calls.map(([message]) => message)).toMatchInlineSnapshot(`
      [
        "src/content/docs/imported.mdx is a draft page with 1 draft question and 0 draft cards, left out of the site. Rewrite it, finish its drafts and remove its \`draft: true\` lines to publish.",
        "src/content/docs/published.mdx has 1 draft question and 0 draft cards left out of the site. Finish them and remove \`draft: true\` to publish.",
      ]
    `);
    expect(logger.info).toHaveBeenCalledWith('Checked the question and card blocks of 2 pages.');
  });
});
