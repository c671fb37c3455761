import type { Locator, Page } from '@playwright/test';
import { QuestionBlock } from './quiz-section';

/** The course-wide practice test at /practice/. */
export class PracticePage {
  readonly newAttempt: Locator;
  /** The questions rendered so far: each renders as it comes near the screen. */
  readonly questions: Locator;
  readonly running: Locator;
  readonly score: Locator;
  readonly breakdown: Locator;
  readonly seeScore: Locator;
  /** "Practice for me": the button, the set's heading, and what a finished set moved. */
  readonly forMe: Locator;
  readonly setHeading: Locator;
  readonly moved: Locator;
  readonly startAnother: Locator;
  readonly planFailed: Locator;
  readonly tryAgain: Locator;

  constructor(readonly page: Page) {
    this.newAttempt = page.getByRole('button', { name: 'New attempt' });
    this.questions = page.getByRole('main').getByRole('group', { name: /^Question \d+ of \d+/ });
    this.running = page.getByText(/^\d+ of \d+ answered, \d+ right first time/);
    this.score = page
      .getByRole('region', { name: 'Your score' })
      .getByRole('paragraph')
      .filter({ hasText: /right first time/ });
    this.breakdown = page.getByRole('table', { name: 'Score by chapter' });
    this.seeScore = page.getByRole('link', { name: 'See your score' });
    this.forMe = page.getByRole('button', { name: 'Practice for me' });
    this.setHeading = page.getByRole('heading', { name: 'Practice for me', level: 2 });
    this.moved = page.getByRole('status').filter({ hasText: 'What moved' });
    this.startAnother = page.getByRole('button', { name: 'Start another set' });
    this.planFailed = page.getByRole('alert').filter({ hasText: 'practice plan did not load' });
    this.tryAgain = page.getByRole('button', { name: 'Try again' });
  }

  async goto() {
    await this.page.goto('practice/');
    await this.newAttempt.waitFor();
  }

  /** The accessible names of the rendered questions: number, chapter, reason and prompt. */
  async questionNames(): Promise<string[]> {
    const groups = await this.questions.all();
    return Promise.all(
      groups.map((group) =>
        group.evaluate((element) => element.querySelector('legend')!.textContent!),
      ),
    );
  }

  filter(label: RegExp): Locator {
    return this.page.getByRole('radio', { name: label });
  }

  /** The question at `index` (0-based) in the run, found by its legend once it has rendered. */
  question(index: number): QuestionBlock {
    return new QuestionBlock(
      this.page,
      this.page
        .getByRole('main')
        .getByRole('group', { name: new RegExp(`^Question ${index + 1} of`) }),
    );
  }

  /**
   * Scrolls down until the first `count` questions have rendered: each time, to the place of
   * the first question not rendered yet (the top of the gap the island keeps for it).
   */
  async renderFirst(count: number) {
    for (let index = 0; index < count; index += 1) {
      const { group } = this.question(index);
      if ((await group.count()) === 0) {
        // Its top, where the first question of the gap goes (a gap is many screens tall).
        await this.page
          .locator('[data-gap]')
          .first()
          .evaluate((gap) => gap.scrollIntoView({ block: 'start' }));
      }
      await group.scrollIntoViewIfNeeded();
    }
  }
}
