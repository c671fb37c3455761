import type { Locator, Page } from '@playwright/test';

/** Starlight's search dialog, backed by Pagefind. */
export class SearchDialog {
  readonly openButton: Locator;
  readonly dialog: Locator;
  readonly input: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Search' });
    this.dialog = page.getByRole('dialog');
    this.input = this.dialog.getByRole('textbox', { name: 'Search' });
  }

  async search(query: string) {
    await this.openButton.click();
    await this.input.fill(query);
  }

  /** Result links: page titles and the section sub-results under them. */
  results(): Locator {
    return this.dialog.getByRole('link');
  }
}
