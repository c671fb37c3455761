import type { Locator, Page } from '@playwright/test';
import { QuestionBlock } from './quiz-section';

/** The course-wide practice test at /practice/. */
export class PracticePage {
  readonly newOrder: Locator;
  readonly questions: Locator;
  readonly score: Locator;
  readonly breakdown: Locator;

  constructor(readonly page: Page) {
    this.newOrder = page.getByRole('button', { name: 'New order' });
    this.questions = page.getByRole('main').getByRole('group', { name: /^Question \d+ of \d+/ });
    this.score = page.getByRole('region', { name: 'Your score' }).getByRole('status');
    this.breakdown = page.getByRole('table', { name: 'Score by chapter' });
  }

  async goto() {
    await this.page.goto('practice/');
    await this.newOrder.waitFor();
  }

  filter(label: RegExp): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  question(index: number): QuestionBlock {
    return new QuestionBlock(this.page, this.questions.nth(index));
  }
}
