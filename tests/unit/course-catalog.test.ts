// The course-wide data for the practice, review and progress pages and the Anki export, with
// Astro's content module replaced by a few entries (as Starlight's own tests do).
import { describe, expect, test, vi } from 'vitest';

const entries = vi.hoisted(() => {
  const question = (id: string, extra: object = {}) => ({
    id,
    prompt: `Which option is right in **${id}**?`,
    options: [
      { text: 'This one', correct: true, why: 'It is right.' },
      { text: 'That one', correct: false, why: 'It is not.' },
    ],
    teaches: '#topic',
    fixedOrder: false,
    draft: false,
    ...extra,
  });
  const card = (id: string) => ({
    id,
    front: `Front ${id}`,
    back: 'Back.',
    teaches: '#topic',
    draft: false,
  });
  const chapter = (id: string, order: number, data: object = {}) => ({
    id,
    filePath: `src/content/docs/${id}.mdx`,
    body: '## Topic\n\nText.',
    data: {
      title: `Title ${id}`,
      description: `About ${id}`,
      sidebar: { order },
      draft: false,
      ...data,
    },
  });
  return [
    chapter('workflow/later', 2, { quiz: [question('later-q')] }),
    chapter('foundations/first', 1, {
      quiz: [question('first-q'), question('unfinished-q', { draft: true })],
      flashcards: [card('first-card')],
    }),
    chapter('workflow/sooner', 1, { flashcards: [card('sooner-card')] }),
    chapter('foundations/imported', 2, { draft: true, quiz: [question('imported-q')] }),
    chapter('glossary', 0),
  ];
});

vi.mock('astro:content', () => ({
  getCollection: async (_name: string, filter: (entry: (typeof entries)[number]) => boolean) =>
    entries.filter(filter),
}));

const { courseCatalog } = await import('../../src/course/catalog');

describe('courseCatalog', () => {
  test('returns the chapters in reading order, without pages outside the parts or draft pages', async () => {
    expect((await courseCatalog()).map((chapter) => chapter.id)).toEqual([
      'foundations/first',
      'workflow/sooner',
      'workflow/later',
    ]);
  });

  test('returns published questions and cards as island props that carry their chapter', async () => {
    const [first] = await courseCatalog();
    expect(first?.questions.map((question) => question.id)).toEqual(['first-q']);
    expect(first?.questions[0]).toMatchObject({
      promptHtml: 'Which option is right in <strong>first-q</strong>?',
      review: { href: '/foundations/first/#topic', title: 'Topic' },
      chapter: {
        id: 'foundations/first',
        title: 'Title foundations/first',
        href: '/foundations/first/',
      },
    });
    expect(first?.cards.map((card) => card.id)).toEqual(['first-card']);
    expect(first?.promptTexts).toEqual({ 'first-q': 'Which option is right in first-q?' });
  });
});
