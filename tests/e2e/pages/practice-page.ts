import type { Locator, Page } from '@playwright/test';
import { QuestionBlock } from './quiz-section';

/** The course-wide practice test at /practice/. */
export class PracticePage {
  readonly newAttempt: Locator;
  readonly questions: Locator;
  readonly running: Locator;
  readonly score: Locator;
  readonly breakdown: Locator;

  constructor(readonly page: Page) {
    this.newAttempt = page.getByRole('button', { name: 'New attempt' });
    this.questions = page.getByRole('main').getByRole('group', { name: /^Question \d+ of \d+/ });
    this.running = page.getByText(/^\d+ of \d+ answered, \d+ right first time/);
    this.score = page
      .getByRole('region', { name: 'Your score' })
      .getByRole('paragraph')
      .filter({ hasText: /right first time/ });
    this.breakdown = page.getByRole('table', { name: 'Score by chapter' });
  }

  async goto() {
    await this.page.goto('practice/');
    await this.newAttempt.waitFor();
  }

  filter(label: RegExp): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  question(index: number): QuestionBlock {
    return new QuestionBlock(this.page, this.questions.nth(index));
  }
}
