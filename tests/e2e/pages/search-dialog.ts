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

  /** Pagefind's summary line for `query`: "No results for …" or "3 results for …". */
  resultsMessage(query: string): Locator {
    const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.dialog.getByText(new RegExp(`^(No results|\\d+ results?) for \\[?${escaped}\\]?$`));
  }

  /** Everything the results show (titles and excerpts), without the query or the summary line. */
  async resultsText(): Promise<string> {
    return (await this.dialog.getByRole('list').allTextContents()).join('\n');
  }

  /** Result links: page titles and the section sub-results under them. */
  results(): Locator {
    return this.dialog.getByRole('link');
  }
}
