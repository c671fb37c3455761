import { describe, expect, test } from 'vitest';
import { ChapterSchema } from '../../src/schemas/chapter';
import { countWords, proseOf } from '../support/prose';
import { PARTS } from '../../src/lib/chapters';
import { loadChapters } from '../support/course';

const chapters = loadChapters();

describe('course chapters', () => {
  test('returns at least twelve chapters spread over every part', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(12);
    for (const part of PARTS) {
      expect(chapters.some((chapter) => chapter.id.startsWith(`${part.directory}/`))).toBe(true);
    }
  });

  describe.each(chapters.map((chapter) => [chapter.id, chapter] as const))('%s', (_id, chapter) => {
    test('has a title and a description fit for link previews', () => {
      expect(chapter.data.title.trim()).not.toBe('');
      expect(chapter.data.description?.trim().length ?? 0).toBeGreaterThanOrEqual(50);
      expect(chapter.data.description?.length ?? 0).toBeLessThanOrEqual(200);
    });

    test('has a sidebar order', () => {
      expect(chapter.data.sidebar.order).toEqual(expect.any(Number));
    });

    test('has 2 to 4 learning objectives that pass the schema', () => {
      const parsed = ChapterSchema.safeParse({ objectives: chapter.data.objectives });
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(chapter.data.objectives?.length).toBeGreaterThanOrEqual(2);
    });

    // The worked example carries a whole fine-tune from data to serving, so it may run longer.
    const most = chapter.id === 'workflow/worked-example' ? 4000 : 2500;
    test(`has 600 to ${most.toLocaleString('en-US')} words of prose`, () => {
      const words = countWords(proseOf(chapter.body));
      expect(words).toBeGreaterThanOrEqual(600);
      expect(words).toBeLessThanOrEqual(most);
    });
  });

  test('returns unique sidebar orders within each part', () => {
    for (const part of PARTS) {
      const orders = chapters
        .filter((chapter) => chapter.id.startsWith(`${part.directory}/`))
        .map((chapter) => chapter.data.sidebar.order);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });
});

describe('ChapterSchema', () => {
  test('errors if a chapter lists fewer than 2 objectives', () => {
    const result = ChapterSchema.safeParse({
      objectives: [{ id: 'explain-fine-tuning', text: 'Explain fine-tuning' }],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "List at least 2 learning objectives.",
      ]
    `);
  });

  test('errors if a chapter lists more than 4 objectives', () => {
    const result = ChapterSchema.safeParse({
      objectives: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Explain ${id}` })),
    });
    expect(result.error?.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "List at most 4 learning objectives; split the chapter if it teaches more.",
      ]
    `);
  });

  test('errors if an objective is plain text, saying how to write it', () => {
    const result = ChapterSchema.safeParse({ objectives: ['Explain fine-tuning', 'Use LoRA'] });
    expect(result.error?.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "Write each objective as \`{ id, text }\`, e.g. \`- id: explain-lora\` with \`text: Explain how LoRA adapts a model\`.",
        "Write each objective as \`{ id, text }\`, e.g. \`- id: explain-lora\` with \`text: Explain how LoRA adapts a model\`.",
      ]
    `);
  });
});
