import { describe, expect, test, vi } from 'vitest';
import { onRequest } from '../../src/course/route-data';

// The catalog reads the content collection; here the course is three one-question chapters.
vi.mock('../../src/course/catalog', () => ({
  courseCatalog: async () =>
    ['foundations/a', 'foundations/b', 'foundations/c'].map((id) => ({
      id,
      title: id,
      href: `/${id}/`,
      questions: [],
      cards: id === 'foundations/a' ? [{ id: 'card-a' }] : [],
    })),
}));

type Context = Parameters<typeof onRequest>[0];

async function render(data: object, filePath = 'src/content/docs/foundations/a.mdx', body = '') {
  const context = {
    locals: {
      starlightRoute: {
        entry: { id: 'foundations/a', filePath, body, data: { title: 'Chapter A', ...data } },
        headings: [{ depth: 2, slug: 'topic', text: 'Topic from the page' }],
        sidebar: [
          {
            type: 'group',
            label: 'Foundations',
            entries: [
              { type: 'link', label: 'A', href: '/foundations/a/', attrs: {} },
              { type: 'link', label: 'Elsewhere', href: '/glossary/', attrs: {} },
            ],
          },
        ],
      },
    },
  } as unknown as Context;
  await onRequest(context, async () => {});
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
  test('returns the chapter’s island props, with review links named after the rendered headings', async () => {
    const { course } = await render({
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

  test('returns autoPlace for plain Markdown chapters, and empty props for pages without blocks', async () => {
    const { course } = await render({}, 'src/content/docs/foundations/a.md');
    expect(course).toMatchObject({ autoPlace: true, questions: [], cards: [] });
  });

  test('returns where the chapter sits, its reading time and the chapter after it', async () => {
    const { course } = await render({}, undefined, 'word '.repeat(1000));
    expect(course.chapter).toMatchObject({
      id: 'foundations/a',
      number: 1,
      total: 3,
      minutes: 5,
      next: { title: 'foundations/b', href: '/foundations/b/' },
      cardIds: ['card-a'],
    });
  });

  test('tags chapter links in the sidebar, and only those', async () => {
    const locals = (await render({})) as unknown as {
      starlightRoute: { sidebar: { entries: { attrs: Record<string, string> }[] }[] };
    };
    const [chapter, other] = locals.starlightRoute.sidebar[0]!.entries;
    expect(chapter?.attrs).toEqual({ 'data-chapter': 'foundations/a' });
    expect(other?.attrs).toEqual({});
  });
});
