import { markdownToHtml, type HastVisitorInstance } from 'satteri';
import { describe, expect, test } from 'vitest';
import { scrollableTablesPlugin } from '../../src/course/tables';

const TABLE = '| a | b |\n| - | - |\n| 1 | 2 |';

async function regions(markdown: string) {
  const { html } = await markdownToHtml(markdown, {
    features: { directive: true },
    hastPlugins: [scrollableTablesPlugin()],
  });
  return [...html.matchAll(/<div (class="table-scroll"[^\n]*)><table>/g)].map((match) => match[1]);
}

describe('scrollableTablesPlugin', () => {
  test('wraps each table in a focusable region named after the heading above it', async () => {
    expect(await regions(`## Costs\n\nText.\n\n${TABLE}\n\n${TABLE}\n\n### Memory\n\n${TABLE}`))
      .toMatchInlineSnapshot(`
      [
        "class="table-scroll" role="region" tabindex="0" aria-label="Table: Costs"",
        "class="table-scroll" role="region" tabindex="0" aria-label="Table 2: Costs"",
        "class="table-scroll" role="region" tabindex="0" aria-label="Table: Memory"",
      ]
    `);
  });

  test('finds the heading when it is wrapped (as Starlight wraps it with its anchor link)', async () => {
    const wrapHeadings: HastVisitorInstance & { name: string } = {
      name: 'wrap-headings',
      element: {
        filter: ['h2'],
        visit(node, context) {
          context.wrapNode(node, { type: 'element', tagName: 'div', properties: {}, children: [] });
        },
      },
    };
    const { html } = await markdownToHtml(`## Costs\n\n${TABLE}`, {
      hastPlugins: [wrapHeadings, scrollableTablesPlugin()],
    });
    expect(html).toContain('aria-label="Table: Costs"');
  });

  test('names a nested table (in a quote or an aside) after the section it sits in', async () => {
    const quoted = TABLE.replace(/^/gm, '> ');
    expect(await regions(`## Costs\n\n${quoted}`)).toEqual([
      expect.stringContaining('aria-label="Table: Costs"'),
    ]);
  });

  test('escapes the quotes and ampersands of the heading text it copies into the label', async () => {
    expect(await regions('## "Quotes" & `<b>`\n\n' + TABLE)).toEqual([
      expect.stringContaining('aria-label="Table: &quot;Quotes&quot; &amp; <b>"'),
    ]);
  });
});
