import { describe, expect, test } from 'vitest';
import { onRequest } from '../../src/course/route-data';

type Context = Parameters<typeof onRequest>[0];

function render(data: object, filePath = 'src/content/docs/foundations/a.mdx') {
  const context = {
    locals: {
      starlightRoute: {
        entry: { id: 'foundations/a', filePath, data: { title: 'Chapter A', ...data } },
        headings: [{ depth: 2, slug: 'topic', text: 'Topic from the page' }],
      },
    },
  } as unknown as Context;
  void onRequest(context, async () => {});
  return context.locals;
}

const question = {
  id: 'q',
  prompt: 'Why?',
  options: [
    { text: 'Because', correct: true, why: 'Right.' },
    { text: 'Not', correct: false, why: 'Wrong.' },
  ],
  teaches: '#topic',
  fixedOrder: false,
  draft: false,
};

describe('course route data', () => {
  test('returns the chapter’s island props, with review links named after the rendered headings', () => {
    const { course } = render({
      quiz: [question],
      objectives: [
        { id: 'explain-it', text: 'Explain it' },
        { id: 'use-it', text: 'Use it' },
      ],
    });
    expect(course.questions).toHaveLength(1);
    expect(course.questions[0]?.review).toEqual({
      href: '/foundations/a/#topic',
      title: 'Topic from the page',
    });
    expect(course.questions[0]).not.toHaveProperty('chapter');
    expect(course.objectives?.map((objective) => objective.text)).toEqual(['Explain it', 'Use it']);
    expect(course.autoPlace).toBe(false);
  });

  test('returns autoPlace for plain Markdown chapters, and empty props for pages without blocks', () => {
    const { course } = render({}, 'src/content/docs/foundations/a.md');
    expect(course).toMatchObject({ autoPlace: true, questions: [], cards: [] });
  });
});
