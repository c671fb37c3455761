import type { Locator, Page } from '@playwright/test';

/** The glossary: its A–Z jump bar, its filter box and its entries (a heading each). */
export class GlossaryPage {
  readonly letters: Locator;
  readonly filter: Locator;
  readonly status: Locator;
  readonly emptyState: Locator;
  /** The entries' headings the learner can see (the filter hides the rest). */
  readonly terms: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.letters = main.getByRole('navigation', { name: 'Glossary by letter' });
    this.filter = main.getByRole('searchbox', { name: 'Filter terms' });
    this.status = main.getByRole('status');
    this.emptyState = main.getByText(/^No term’s name contains/);
    this.terms = main.getByRole('heading', { level: 3 });
  }

  async goto() {
    await this.page.goto('glossary/');
  }

  letter(letter: string): Locator {
    return this.letters.getByRole('link', { name: letter, exact: true });
  }

  letterHeading(letter: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: letter, exact: true });
  }
}
