import { describe, expect, test } from 'vitest';
import { QuizSchema } from '../../src/schemas/question';
import { formatProblem, itemLabel, problemsFromIssues } from '../../src/course/error';

describe('itemLabel', () => {
  test('returns the quoted id, or the 1-based position when there is no id', () => {
    expect(itemLabel([{ id: 'a' }, {}], 0)).toBe('"a"');
    expect(itemLabel([{ id: 'a' }, {}], 1)).toBe('#2');
  });
});

describe('problemsFromIssues', () => {
  test('returns one line per issue naming the file, block, item and field', () => {
    const items = [{ prompt: 'No id here', options: [], teaches: 'overfitting' }];
    const result = QuizSchema.safeParse(items);
    const lines = problemsFromIssues('a.mdx', 'quiz', items, result.error?.issues ?? []).map(
      formatProblem,
    );
    expect(lines).toMatchInlineSnapshot(`
      [
        "a.mdx › quiz › #1 › id: is missing. Add one, e.g. \`id: prevent-overfitting\`.",
        "a.mdx › quiz › #1 › teaches: Write \`teaches\` as a heading anchor such as "#overfitting".",
      ]
    `);
  });
});
