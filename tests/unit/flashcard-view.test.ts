import { describe, expect, test } from 'vitest';
import { toAnkiTsv, toCardView } from '../../src/lib/flashcard-view';

const chapter = {
  id: 'responsible/challenges',
  title: 'Challenges and pitfalls',
  href: '/responsible/challenges/',
  headings: [{ slug: 'catastrophic-forgetting', text: 'Catastrophic forgetting' }],
};
const card = toCardView(
  {
    id: 'catastrophic-forgetting',
    front: 'Catastrophic forgetting',
    back: 'Losing general knowledge\tbecause fine-tuning\noverwrote it.',
    teaches: '#catastrophic-forgetting',
    draft: false,
  },
  chapter,
);

describe('toCardView', () => {
  test('returns a learn-more link to the teaching section', () => {
    expect(card.review).toEqual({
      href: '/responsible/challenges/#catastrophic-forgetting',
      title: 'Catastrophic forgetting',
    });
  });
});

describe('toAnkiTsv', () => {
  test('returns Anki headers and one row per card with a chapter tag', () => {
    expect(toAnkiTsv([card])).toMatchInlineSnapshot(`
      "#separator:tab
      #html:false
      #tags column:3
      Catastrophic forgetting	Losing general knowledge because fine-tuning overwrote it.	fine-tuning-course::responsible::challenges
      "
    `);
  });
});
