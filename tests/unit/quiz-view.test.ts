import { describe, expect, test } from 'vitest';
import { QuestionSchema } from '../../src/schemas/question';
import { displayOrder, selectQuestions, toQuestionView } from '../../src/lib/quiz-view';

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
    expect(view.kind === 'choice' && view.selectAll).toBe(true);
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

describe('options in display order', () => {
  test('returns the options in an order fixed by the question id, the same for everyone', () => {
    const view = toQuestionView(question, context);
    // Pinned: a change that reorders every question's options must fail here.
    expect(view.kind === 'choice' && view.options.map((option) => option.index)).toEqual([2, 0, 1]);
    expect(displayOrder(question, 3)).toEqual([2, 0, 1]);
    expect(displayOrder({ id: 'another-question', fixedOrder: false }, 4)).toEqual([0, 2, 1, 3]);
  });

  test('returns the authored order when the question asks for it', () => {
    expect(displayOrder({ id: 'prevent-overfitting', fixedOrder: true }, 3)).toEqual([0, 1, 2]);
  });
});

describe('numeric questions', () => {
  test('returns the answer with an absolute tolerance and a readable label', () => {
    const numeric = QuestionSchema.parse({
      id: 'steps-per-epoch',
      prompt: 'How many steps?',
      answer: { value: 200, tolerance: '2%', unit: 'steps' },
      why: '12,800 / 64.',
      teaches: '#regularization',
    });
    expect(toQuestionView(numeric, context)).toMatchObject({
      kind: 'numeric',
      answer: { value: 200, tolerance: 4, unit: 'steps', label: '200 steps (± 2%)' },
      whyHtml: '12,800 / 64.',
    });
  });
});
