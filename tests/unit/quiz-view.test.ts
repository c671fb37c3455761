import { describe, expect, test } from 'vitest';
import { QuestionSchema } from '../../src/schemas/question';
import { optionOrder, selectQuestions, toQuestionView } from '../../src/lib/quiz-view';

const question = QuestionSchema.parse({
  id: 'prevent-overfitting',
  prompt: 'Which helps with *overfitting*?',
  options: [
    { text: 'Dropout', correct: true, why: 'Randomly silences units.' },
    { text: 'Weight decay', correct: true, why: 'Shrinks weights.' },
    { text: 'More epochs', why: 'Makes it worse.' },
  ],
  teaches: '#regularization',
});
const context = {
  id: 'foundations/how',
  title: 'How fine-tuning works',
  href: '/course/foundations/how/',
  headings: [{ slug: 'regularization', text: 'Regularization' }],
  renderInline: (markdown: string) => markdown.replace(/\*(.+?)\*/g, '<em>$1</em>'),
};

describe('toQuestionView', () => {
  test('returns rendered Markdown, the select-all flag and a review link to the section', () => {
    const view = toQuestionView(question, context);
    expect(view.promptHtml).toBe('Which helps with <em>overfitting</em>?');
    expect(view.selectAll).toBe(true);
    expect(view.review).toEqual({
      href: '/course/foundations/how/#regularization',
      title: 'Regularization',
    });
    expect(view.chapter).toEqual({
      id: 'foundations/how',
      title: 'How fine-tuning works',
      href: '/course/foundations/how/',
    });
  });
});

describe('selectQuestions', () => {
  test('returns all questions when no ids are given, else the named ones in that order', () => {
    const other = { ...question, id: 'other' };
    expect(selectQuestions([question, other], undefined, 'x.mdx')).toHaveLength(2);
    expect(
      selectQuestions([question, other], ['other', 'prevent-overfitting'], 'x.mdx').map(
        (q) => q.id,
      ),
    ).toEqual(['other', 'prevent-overfitting']);
  });

  test('errors if an id is not in the chapter, naming the file and the known ids', () => {
    expect(() =>
      selectQuestions([question], ['typo'], 'src/content/docs/a.mdx'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/content/docs/a.mdx › <Quiz ids> › "typo": no question in this chapter's \`quiz\` has that id. Known ids: "prevent-overfitting".]`,
    );
  });
});

describe('optionOrder', () => {
  const view = { id: 'q', fixedOrder: false, options: [{}, {}, {}, {}] } as Parameters<
    typeof optionOrder
  >[0];

  test('returns the authored order before the seed is known or when the order is fixed', () => {
    expect(optionOrder(view, undefined)).toEqual([0, 1, 2, 3]);
    expect(optionOrder({ ...view, fixedOrder: true }, 'seed')).toEqual([0, 1, 2, 3]);
  });

  test('returns the learner’s own shuffle otherwise, not the authored order', () => {
    expect(optionOrder(view, 'seed')).toEqual([1, 3, 2, 0]);
  });
});
