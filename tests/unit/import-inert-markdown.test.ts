// Hostile exports, imported alone: nothing in them may become MDX code or markup, every
// frontmatter value reads back as it was written, and the visible text is unchanged.
import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { dump, load } from 'js-yaml';
import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { decodeExport } from '../../scripts/import/decode-export';
import { draftChapters, fileSlug } from '../../scripts/import/draft-chapters';
import {
  codeNodes,
  inertInlineMarkdown,
  inertParagraph,
  toInertMdx,
} from '../../scripts/import/inert-markdown';
import { inlineMarkdownProblems, inlineMarkdownText } from '../../src/lib/inline-markdown';
import { parseExport } from '../../scripts/import/parse-export';

const HOSTILE = new URL('../fixtures/exports/hostile/', import.meta.url);
const fixtures = readdirSync(HOSTILE).filter((name) => name.endsWith('.txt'));

/** The visible text of MDX-escaped Markdown, as a browser would show it. */
const visibleText = (markdown: string) =>
  markdownToHtml(markdown.replace(/&#x([0-9a-f]+);/gi, '&#x$1;'))
    .html.replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(
      /&(lt|gt|amp|quot);/g,
      (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"' })[name] ?? '',
    )
    .trim();

describe.each(fixtures)('importing hostile/%s', (name) => {
  const parsed = parseExport(decodeExport(readFileSync(new URL(name, HOSTILE))), name);
  const [file] = draftChapters(parsed, {
    outDir: '/site/drafts',
    componentsDir: '/site/src/components',
  });
  const content = file?.content ?? '';
  const { frontmatter, content: body } = parseFrontmatter(content);

  test('returns a chapter whose only MDX code is the importer’s own imports and tags', () => {
    const code = codeNodes(body).map((node) => `${node.type} ${node.value.split('\n')[0]}`);
    expect(
      code.every((each) =>
        /^mdxjsEsm import (Quiz|Flashcards) from|^mdxJsxFlowElement <(Quiz|Flashcards)>$/.test(
          each,
        ),
      ),
      code.join('\n'),
    ).toBe(true);
  });

  test('returns a Starlight draft page', () => {
    expect(frontmatter.draft).toBe(true);
  });

  test('returns frontmatter that reads back exactly as it was written', () => {
    const yaml = content.slice(4, content.indexOf('\n---\n'));
    expect(load(dump(load(yaml)))).toEqual(load(yaml));
    for (const question of frontmatter.quiz ?? []) {
      expect(typeof question.id).toBe('string');
      expect(typeof question.prompt).toBe('string');
      for (const option of question.options) expect(typeof option.text).toBe('string');
    }
    for (const card of frontmatter.flashcards ?? []) {
      expect([typeof card.id, typeof card.front, typeof card.back]).toEqual([
        'string',
        'string',
        'string',
      ]);
    }
  });

  test('returns question and card text that the build accepts and shows as written', () => {
    const texts = [
      ...parsed.questions.flatMap((q) => [q.prompt, ...q.options.map((o) => o.text)]),
      ...parsed.flashcards.flatMap((c) => [c.front, c.back ?? '']),
    ].filter(Boolean);
    for (const text of texts) {
      const markdown = inertInlineMarkdown(text);
      expect(inlineMarkdownProblems(markdown), markdown).toEqual([]);
      // Safe formatting ([a](https://…), **b**) is kept as formatting; all else shows as typed.
      if (!/\]\((https?:|mailto:|\/)|\*\*/.test(text))
        expect(inlineMarkdownText(markdown)).toBe(text);
    }
  });

  test('returns every study-notes bullet as visible text', () => {
    for (const { bullets } of parsed.sections) {
      for (const { text } of bullets) {
        const written = toInertMdx({ type: 'root', children: [inertParagraph(text)] });
        expect(codeNodes(written)).toEqual([]);
        // Links to safe addresses stay links; everything else is shown character for character.
        if (!/\]\((https?:|\/)/.test(text)) expect(visibleText(written)).toBe(text);
      }
    }
  });
});

describe('inertInlineMarkdown', () => {
  test.each([
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['[x](javascript:alert(1))', '[x](javascript:alert(1))'],
    ['![p](https://tracker.example/p.gif)', '![p](https://tracker.example/p.gif)'],
    ['{process.exit(1)} and <Quiz />', '{process.exit(1)} and <Quiz />'],
  ])('returns %j as Markdown that shows exactly that text', (text, shown) => {
    const markdown = inertInlineMarkdown(text);
    expect(inlineMarkdownProblems(markdown)).toEqual([]);
    expect(inlineMarkdownText(markdown)).toBe(shown);
  });

  test('keeps formatting and safe links', () => {
    expect(inertInlineMarkdown('Use **LoRA**, see [docs](https://example.com)')).toBe(
      'Use **LoRA**, see [docs](https://example.com)',
    );
  });
});

describe('fileSlug', () => {
  test('returns a short file name for a very long section title', () => {
    const slug = fileSlug('A very long study notes section title '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug.startsWith('a-very-long-study-notes')).toBe(true);
  });
});
