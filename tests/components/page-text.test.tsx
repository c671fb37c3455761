// @vitest-environment happy-dom
// The chapter islands' props leave out the text their server render writes into the page
// (src/lib/page-text.ts). These tests render the islands on the "server" with frames, put that
// HTML in the page, and hydrate over it, as Astro does: the text must come back from the HTML.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import FlashcardDeck from '../../src/components/islands/FlashcardDeck';
import NumericQuizIsland from '../../src/components/islands/NumericQuizIsland';
import QuizIsland from '../../src/components/islands/QuizIsland';
import type { CardView } from '../../src/lib/flashcard-view';
import {
  cardFrame,
  cardText,
  provideText,
  questionFrame,
  questionText,
} from '../../src/lib/page-text';
import { readCardText, readQuestionText } from '../../src/lib/page-text-dom';
import type { ChoiceQuestionView, NumericQuestionView } from '../../src/lib/quiz-view';

const choice: ChoiceQuestionView = {
  id: 'demo-choice',
  kind: 'choice',
  promptHtml: 'Which technique helps prevent <em>overfitting</em>?',
  hintHtml: 'Think about what stops weights from growing.',
  options: [
    {
      index: 1,
      html: 'More <code>epochs</code>',
      correct: false,
      whyHtml: 'More passes make it <strong>worse</strong>.',
    },
    {
      index: 0,
      html: 'Weight decay',
      correct: true,
      whyHtml: 'It penalizes large weights &amp; keeps them small.',
    },
  ],
  selectAll: false,
  review: { href: '/c/#regularization', title: 'Regularization: why it works' },
};
const numeric: NumericQuestionView = {
  id: 'demo-number',
  kind: 'numeric',
  promptHtml: 'How many steps is one epoch of 1,500 examples at batch size 8?',
  answer: { value: 187.5, tolerance: 0.5, label: '187.5 (± 0.5)' },
  whyHtml: '1,500 ÷ 8 = 187.5.<br>Round <em>up</em> for a partial batch.',
  review: { href: '/c/#steps', title: 'Steps' },
};
const cards: CardView[] = [
  {
    id: 'lora',
    frontHtml: 'What is <abbr>LoRA</abbr>?',
    backHtml: 'Low-rank adapters.',
    review: { href: '/c/#lora', title: 'LoRA' },
  },
  {
    id: 'epoch',
    frontHtml: 'Epoch',
    backHtml: 'One pass over <em>all</em> the data.',
    review: { href: '/c/#epoch', title: 'Epochs' },
  },
];

/** What the server sends for the island: its render with frames whose text was registered. */
function serverRender(island: preact.VNode): HTMLElement {
  vi.stubEnv('SSR', true);
  const html = renderToString(island);
  vi.unstubAllEnvs();
  const root = document.createElement('astro-island');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

describe('readQuestionText', () => {
  test('reads back the prompt, options, explanations and review link the server wrote', () => {
    const frames = provideText(
      [choice, numeric].map(questionFrame),
      [choice, numeric].map(questionText),
    );
    serverRender(<NumericQuizIsland questions={frames} title="Check" />);
    expect(readQuestionText(document, choice.id)).toEqual(questionText(choice));
    expect(readQuestionText(document, numeric.id)).toEqual(questionText(numeric));
  });

  test('names the question and the fix when its HTML is not in the page', () => {
    expect(() => readQuestionText(document, 'absent')).toThrowErrorMatchingInlineSnapshot(
      `[Error: Question "absent" (its prompt and answer key) is not in the page's HTML: render the island with <Quiz /> or <Flashcards /> (src/lib/page-text.ts).]`,
    );
  });
});

describe('readCardText', () => {
  test('reads back every front and back, in order', () => {
    const frames = provideText(cards.map(cardFrame), cards.map(cardText));
    serverRender(
      <FlashcardDeck cards={frames} title="Key terms" anchor="key-terms" reviewHref="/review/" />,
    );
    expect(readCardText(document, 'key-terms')).toEqual(cards.map(cardText));
  });
});

describe('islands hydrated over their server render', () => {
  test('the quiz props carry no text, and its explanations still show after a Check', async () => {
    const frames = provideText([choice].map(questionFrame), [choice].map(questionText));
    expect(JSON.stringify(frames)).not.toContain('overfitting');
    expect(JSON.stringify(frames)).not.toContain('worse');
    const root = serverRender(<QuizIsland questions={frames} title="Check" />);
    // The browser gets the frames as JSON, not the registered array.
    hydrate(<QuizIsland questions={JSON.parse(JSON.stringify(frames))} title="Check" />, root);
    const check = await screen.findByRole('button', { name: 'Check' });
    fireEvent.click(screen.getByRole('radio', { name: 'More epochs' }));
    fireEvent.click(check);
    await waitFor(() => expect(root.textContent).toContain('More passes make it worse.'));
    expect(root.querySelector('.quiz-question__prompt')?.innerHTML).toBe(choice.promptHtml);
    expect(root.textContent).toContain('Think about what stops weights from growing.');
  });

  test('the deck props carry no text, and its cards still show, front and back', async () => {
    const frames = provideText(cards.map(cardFrame), cards.map(cardText));
    expect(JSON.stringify(frames)).not.toContain('Low-rank');
    const root = serverRender(
      <FlashcardDeck cards={frames} title="Key terms" anchor="key-terms" reviewHref="/review/" />,
    );
    hydrate(
      <FlashcardDeck
        cards={JSON.parse(JSON.stringify(frames))}
        title="Key terms"
        anchor="key-terms"
        reviewHref="/review/"
      />,
      root,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Flip card' }));
    await waitFor(() => expect(root.textContent).toContain('Low-rank adapters.'));
    expect(root.textContent).toContain('What is LoRA?');
  });
});
