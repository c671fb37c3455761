/** "1 flashcard", "3 flashcards": a count with the noun (or phrase) that agrees with it. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
