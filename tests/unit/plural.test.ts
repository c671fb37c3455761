import { expect, test } from 'vitest';
import { countOf } from '../../src/lib/plural';

test('countOf agrees the noun with the count, zero taking the plural', () => {
  expect(countOf(1, 'flashcard is', 'flashcards are')).toBe('1 flashcard is');
  expect(countOf(3, 'question', 'questions')).toBe('3 questions');
  expect(countOf(0, 'question', 'questions')).toBe('0 questions');
});
