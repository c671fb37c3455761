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

  /**
   * Follows the next or previous link at the foot of the page, once the islands above it
   * have hydrated, so nothing moves under the pointer.
   */
  async follow(link: 'next' | 'previous') {
    await this.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await this.page.waitForLoadState('networkidle');
    await this[link].click();
  }

  /** The scroll region around the (first) table under `heading` (src/course/tables.ts). */
  tableUnder(heading: string): Locator {
    return this.page.getByRole('region', { name: `Table: ${heading}`, exact: true });
  }

  /** The anchor link Starlight puts beside a section heading. */
  sectionLink(heading: string): Locator {
    return this.page.getByRole('link', { name: `Section titled “${heading}”`, exact: true });
  }

  /** A chapter's sidebar link, whatever progress state its name ends with. */
  sidebarLink(title: string): Locator {
    const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.sidebar.getByRole('link', {
      name: new RegExp(`^${escaped}( \\((not started|in progress|done)\\))?$`),
    });
  }
}
