import type { Locator, Page } from '@playwright/test';

/** A flashcard deck: the chapter's "Key terms" or the review session. */
export class FlashcardDeck {
  readonly flip: Locator;
  readonly position: Locator;
  readonly grades: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.flip = root.getByRole('button', { name: 'Flip card' });
    this.position = root.getByText(/^Card \d+ \/ \d+|left in this session/);
    this.grades = root.getByRole('group', { name: 'How well did you recall it?' });
  }

  static inChapter(page: Page): FlashcardDeck {
    return new FlashcardDeck(page, page.getByRole('region', { name: 'Key terms' }));
  }

  static onReviewPage(page: Page): FlashcardDeck {
    return new FlashcardDeck(page, page.getByRole('main'));
  }

  /** Scrolls to the deck and waits for it to hydrate. */
  async ready() {
    await this.root.scrollIntoViewIfNeeded();
    await this.flip.waitFor();
  }

  /** The card face showing `text` (front or back), not a select option with the same words. */
  showing(text: string): Locator {
    return this.root
      .getByRole('paragraph')
      .filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  }

  grade(name: 'Again' | 'Hard' | 'Good' | 'Easy'): Locator {
    return this.grades.getByRole('button', { name: new RegExp(`^${name}`) });
  }
}
