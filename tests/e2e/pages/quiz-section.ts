import type { Locator, Page } from '@playwright/test';

/** A chapter's "Check your understanding" block and its questions. */
export class QuizSection {
  readonly region: Locator;
  readonly score: Locator;
  readonly reset: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Check your understanding' });
    this.score = this.region.getByRole('status').first();
    this.reset = this.region.getByRole('button', { name: 'Reset these questions' });
  }

  /** Scrolls to the quiz and waits until its island has hydrated (Check buttons appear). */
  async ready() {
    await this.region.scrollIntoViewIfNeeded();
    await this.region.getByRole('button', { name: 'Check' }).first().waitFor();
  }

  /** The n-th question (1-based), found by its legend. */
  question(number: number): QuestionBlock {
    return new QuestionBlock(
      this.page,
      this.region.getByRole('group', { name: new RegExp(`^Question ${number} of`) }),
    );
  }
}

export class QuestionBlock {
  readonly check: Locator;
  readonly tryAgain: Locator;
  readonly result: Locator;

  constructor(
    readonly page: Page,
    readonly group: Locator,
  ) {
    const form = group.locator('xpath=..');
    this.check = form.getByRole('button', { name: 'Check' });
    this.tryAgain = form.getByRole('button', { name: 'Try again' });
    this.result = form
      .getByRole('paragraph')
      .filter({ hasText: /^(Correct!|Not quite\.|Partly right\.)/ });
  }

  option(text: string): Locator {
    return this.group
      .getByRole('radio', { name: text, exact: true })
      .or(this.group.getByRole('checkbox', { name: text, exact: true }));
  }

  options(): Locator {
    return this.group.getByRole('radio').or(this.group.getByRole('checkbox'));
  }
}
