import type { Locator, Page } from '@playwright/test';

/** A chapter page: its title, sidebar and previous/next links. */
export class ChapterPage {
  readonly heading: Locator;
  readonly sidebar: Locator;
  readonly next: Locator;
  readonly previous: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.sidebar = page.getByRole('navigation', { name: 'Main' });
    this.next = page.getByRole('link', { name: /^Next/ });
    this.previous = page.getByRole('link', { name: /^Previous/ });
  }

  async goto(path: string) {
    await this.page.goto(path);
  }

  sidebarLink(title: string): Locator {
    return this.sidebar.getByRole('link', { name: title, exact: true });
  }
}
