/**
 * The quiz's and the deck's items with their text, which their props leave out (see
 * src/lib/page-text.ts): in the server render, the text Quiz.astro and Flashcards.astro
 * registered; in the browser, read once, in the island's first render, from the HTML it is
 * hydrating over.
 */
import { useState } from 'preact/hooks';
import type { CardView } from '../../lib/flashcard-view';
import {
  hasQuestionText,
  providedText,
  withCardText,
  withQuestionText,
  type CardFrame,
  type CardText,
  type QuestionFrame,
  type QuestionText,
} from '../../lib/page-text';
import { readCardText, readQuestionText } from '../../lib/page-text-dom';
import type { QuestionView } from '../../lib/quiz-view';

function provided<Text extends object>(frames: readonly object[], island: string): Text[] {
  const texts = providedText<Text>(frames);
  if (!texts) {
    throw new Error(
      `${island} was rendered without its text: pass it items that carry their text, or frames registered with provideText (src/lib/page-text.ts).`,
    );
  }
  return texts;
}

export function useQuestionsWithText(frames: QuestionFrame[]): QuestionView[] {
  const [views] = useState(() => {
    if (frames.every(hasQuestionText)) return frames;
    const texts = import.meta.env.SSR ? provided<QuestionText>(frames, 'QuizIsland') : null;
    return frames.map((frame, index) =>
      withQuestionText(frame, texts ? texts[index]! : readQuestionText(document, frame.id)),
    );
  });
  return views;
}

export function useCardsWithText(frames: CardFrame[], anchor: string): CardView[] {
  const [views] = useState(() => {
    if (frames.every((frame) => frame.frontHtml !== undefined && frame.backHtml !== undefined)) {
      return frames as CardView[];
    }
    const texts = import.meta.env.SSR
      ? provided<CardText>(frames, 'FlashcardDeck')
      : readCardText(document, anchor);
    return frames.map((frame, index) => withCardText(frame, texts[index]!));
  });
  return views;
}
