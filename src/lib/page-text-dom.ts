/**
 * Reads the quiz's and the deck's text back from the HTML their islands hydrate over (see
 * page-text.ts). The islands call these in their first render in the browser, while their
 * server render (the no-JavaScript version: each question's answer key, the deck's list) is
 * still in place. What is read is HTML the build sanitised with renderInlineMarkdown
 * (src/lib/inline-markdown.ts), so the islands may render it as HTML again. The only other markup
 * it can hold is Pagefind's `<mark class="pagefind-highlight">` on a page opened from a search
 * result (src/scripts/search-highlight.ts): the highlighter wraps existing text nodes with DOM
 * calls and never parses the searched words as HTML, so serialising them here escapes them.
 *
 * The selectors follow what QuestionCard, AnswerKey and FlashcardDeck render;
 * tests/components/page-text.test.tsx renders those components and reads them back, so a change
 * to their markup that this file misses fails there.
 */
import type { CardText, QuestionText } from './page-text';

/** The island reads what its server render wrote; without it, it cannot hydrate. */
function missing(what: string): Error {
  return new Error(
    `${what} is not in the page's HTML: render the island with <Quiz /> or <Flashcards /> (src/lib/page-text.ts).`,
  );
}

/** A question's prompt, options, explanations and review link, from its card and answer key. */
export function readQuestionText(root: ParentNode, id: string): QuestionText {
  const card = root.querySelector(`[id="question-${id}"]`);
  const key = card?.querySelector('details.quiz-question__answer');
  const prompt = card?.querySelector('.quiz-question__prompt');
  const link = key?.querySelector(':scope > a');
  if (!card || !key || !prompt || !link) {
    throw missing(`Question "${id}" (its prompt and answer key)`);
  }
  const text: QuestionText = {
    promptHtml: prompt.innerHTML,
    review: {
      href: link.getAttribute('href') ?? '',
      title: (link.textContent ?? '').replace(/^Review:\s*/, ''),
    },
  };
  const options = [...key.querySelectorAll(':scope > ul > li')];
  if (options.length > 0) {
    text.options = options.map((option) => {
      const [html, why] = option.querySelectorAll(':scope > span');
      return { html: html?.innerHTML ?? '', whyHtml: why?.innerHTML ?? '' };
    });
  } else {
    text.whyHtml = key.querySelector(':scope > p > span')?.innerHTML ?? '';
  }
  return text;
}

/** The deck's cards, front and back, in order, from its no-JavaScript list. */
export function readCardText(root: ParentNode, anchor: string): CardText[] {
  const deck = root.querySelector(`[id="${anchor}"]`)?.closest('section');
  const cards = deck?.querySelectorAll('dl.deck__list > div');
  if (!cards || cards.length === 0) {
    throw missing(`The deck "#${anchor}" (its list of cards)`);
  }
  return [...cards].map((card) => ({
    frontHtml: card.querySelector('dt')?.innerHTML ?? '',
    backHtml: card.querySelector('dd')?.innerHTML ?? '',
  }));
}
