import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import type { GlossaryTerm } from '../../src/lib/glossary';
import { termLinksPlugin } from '../../src/course/term-links';

const DOCS = '/site/src/content/docs/';
const TERMS: GlossaryTerm[] = [
  { term: 'LoRA', id: 'lora', letter: 'L', forms: ['LoRA'] },
  { term: 'Adapter', id: 'adapter', letter: 'A', forms: ['Adapter'] },
];

async function render(source: string, file = 'workflow/lora-and-qlora.md', base = '/') {
  const { html } = await markdownToHtml(source, {
    hastPlugins: [termLinksPlugin(TERMS, base, DOCS)],
    fileURL: pathToFileURL(`${DOCS}${file}`),
  });
  return html;
}

describe('termLinksPlugin', () => {
  test('links the first use of a term in a chapter, and no later use', async () => {
    expect(await render('LoRA trains an adapter.\n\nLoRA again, and an adapter.')).toBe(
      '<p><a href="/glossary/#lora" class="glossary-link" title="Glossary: LoRA">LoRA</a> trains an ' +
        '<a href="/glossary/#adapter" class="glossary-link" title="Glossary: Adapter">adapter</a>.</p>\n' +
        '<p>LoRA again, and an adapter.</p>\n',
    );
  });

  test('links under the site’s base path', async () => {
    expect(await render('Use LoRA.', undefined, '/course/')).toContain(
      'href="/course/glossary/#lora"',
    );
  });

  test('never links inside headings, links, code or code blocks, and links the next prose use', async () => {
    const html = await render(
      [
        '## LoRA',
        '',
        '[LoRA](/workflow/) and `LoRA`',
        '',
        '```',
        'LoRA',
        '```',
        '',
        'Then LoRA.',
      ].join('\n'),
    );
    expect(html.match(/glossary-link/g)).toHaveLength(1);
    expect(html).toContain('<p>Then <a href="/glossary/#lora"');
  });

  test('never links inside MDX components: the figures, the quiz and the deck', async () => {
    const { code } = await mdxToJs('<Figure>LoRA</Figure>\n\n<Quiz />\n\nNow LoRA.', {
      hastPlugins: [termLinksPlugin(TERMS, '/', DOCS)],
      fileURL: pathToFileURL(`${DOCS}workflow/lora-and-qlora.mdx`),
    });
    expect(code).toContain('_jsx(Figure, { children: "LoRA" })');
    expect(code.match(/title: "Glossary: LoRA"/g)).toHaveLength(1);
  });

  test('leaves pages outside the chapters alone, the glossary included', async () => {
    for (const file of ['glossary.mdx', 'index.mdx', 'practice.mdx']) {
      expect(await render('LoRA', file)).toBe('<p>LoRA</p>\n');
    }
  });
});
