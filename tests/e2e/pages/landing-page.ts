import type { Locator, Page } from '@playwright/test';

/** The course overview page and its chapter list. */
export class LandingPage {
  readonly chapterList: Locator;

  constructor(readonly page: Page) {
    this.chapterList = page.getByRole('main');
  }

  async goto() {
    await this.page.goto('./');
  }

  chapterLink(title: string): Locator {
    return this.chapterList.getByRole('link', { name: title, exact: true });
  }
}
