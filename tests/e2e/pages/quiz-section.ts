import { expect, type Locator, type Page } from '@playwright/test';
import { keyFor, type AnswerKey } from '../support/answers';

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

  /**
   * Scrolls to the quiz and waits until its island has hydrated (Check buttons appear). A deck
   * on the page turns interactive first: its no-JavaScript list of every card shrinks to one
   * card then, and everything below it moves, which must not happen under the pointer.
   */
  async ready() {
    for (const deck of await this.page.locator('section.deck').all()) {
      // Scrolled to again until it hydrates: on a page opened at a deep link, keep-deep-link.ts
      // scrolls back to the target when the page's height changes in its first seconds (a
      // scroll by script is no sign of the learner's intent), which can leave the deck out of
      // its island's reach.
      await expect(async () => {
        await deck.scrollIntoViewIfNeeded();
        await deck.locator('dl.deck__list').waitFor({ state: 'detached', timeout: 2_000 });
      }).toPass();
    }
    await this.region.scrollIntoViewIfNeeded();
    await this.region.getByRole('button', { name: 'Check' }).first().waitFor();
  }

  /** The card that follows the chapter's last question once every question is answered. */
  get chapterComplete(): Locator {
    return this.region.getByRole('region', { name: 'Chapter complete' });
  }

  /** Answers questions `from` to the last (1-based), each with its right answer. */
  async answerRest(from = 1) {
    const total = await this.region.getByRole('group', { name: /^Question \d+ of/ }).count();
    for (let number = from; number <= total; number += 1) {
      const block = this.question(number);
      await block.answer(keyFor((await block.group.textContent()) ?? ''), 'right');
      await block.result.waitFor();
    }
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
  readonly showAnswer: Locator;
  readonly result: Locator;
  readonly numberBox: Locator;

  constructor(
    readonly page: Page,
    readonly group: Locator,
  ) {
    const form = group.locator('xpath=..');
    this.check = form.getByRole('button', { name: 'Check' });
    this.showAnswer = form.getByRole('button', { name: 'Show answer' });
    this.result = form.getByRole('paragraph').filter({
      hasText:
        /^(Right, first time\.|Right on your second try\.|Not quite\.|Partly right|Not right this time\.|Here is the answer\.)/,
    });
    this.numberBox = group.getByRole('textbox', { name: 'Your answer' });
  }

  option(text: string): Locator {
    return this.group
      .getByRole('radio', { name: text, exact: true })
      .or(this.group.getByRole('checkbox', { name: text, exact: true }));
  }

  options(): Locator {
    return this.group.getByRole('radio').or(this.group.getByRole('checkbox'));
  }

  /** The options' labels in the order they are on screen. */
  async optionOrder(): Promise<string[]> {
    return this.group.locator('li label').allTextContents();
  }

  /**
   * Answers and presses Check: the right answer, or the `nth` wrong one. A numeric question
   * gets the right value, or one far outside any tolerance.
   */
  async answer(key: AnswerKey, how: 'right' | 'wrong', nth = 0) {
    if (key.kind === 'numeric') {
      const value = how === 'right' ? key.value! : key.value! * 10 + 7 + nth;
      await this.numberBox.fill(String(value));
    } else {
      const picks = how === 'right' ? key.right : [key.wrong[nth % key.wrong.length]!];
      // A second try on "select all that apply" starts from the first try's ticks: clear them,
      // as a learner would, so the boxes ticked are exactly the picks.
      for (const box of await this.group.getByRole('checkbox', { checked: true }).all()) {
        await box.uncheck();
      }
      for (const text of picks) await this.option(text).check();
    }
    await this.check.click();
  }
}
