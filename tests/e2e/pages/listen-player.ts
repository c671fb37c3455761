import type { Locator, Page } from '@playwright/test';

/** Listen on a chapter page: the bar under the title and the player panel it opens. */
export class ListenPlayer {
  readonly bar: Locator;
  /** The bar's play button: "Listen" at first, then "Pause" or "Play". */
  readonly play: Locator;
  readonly status: Locator;
  readonly panel: Locator;
  readonly toggle: Locator;
  readonly speed: Locator;
  readonly voice: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('group', { name: 'Listen to this chapter' });
    this.play = this.bar.getByRole('button', { name: /^(Listen|Play|Pause)$/ });
    this.status = this.bar.getByRole('status');
    this.panel = page.getByRole('region', { name: 'Listen controls' });
    this.toggle = this.panel.getByRole('button', { name: /^(Play|Pause)$/ });
    this.speed = this.panel.getByRole('combobox', { name: 'Speed' });
    this.voice = this.panel.getByRole('combobox', { name: 'Voice' });
  }

  resume(title: string): Locator {
    return this.bar.getByRole('button', { name: `Resume from “${title}”` });
  }

  button(
    name:
      | 'Previous section'
      | 'Previous sentence'
      | 'Next sentence'
      | 'Next section'
      | 'Stop'
      | 'Follow along',
  ): Locator {
    // The visible word is capitalized ("Previous" is visually hidden, before "Section").
    return this.panel.getByRole('button', { name: new RegExp(`^${name}$`, 'i') });
  }

  /** Presses Listen and waits for the first utterance. */
  async start() {
    await this.play.click();
    await this.page.waitForFunction(() => window.__speech.current() !== null);
  }

  /** Every text passed to speak() so far. */
  spoken(): Promise<string[]> {
    return this.page.evaluate(() => window.__speech.spoken);
  }

  current(): Promise<string | null> {
    return this.page.evaluate(() => window.__speech.current());
  }

  /** Ends the current utterance, as the browser would when it finished speaking it. */
  async finish(count = 1) {
    for (let index = 0; index < count; index += 1) {
      await this.page.evaluate(() => window.__speech.fire('end'));
    }
  }

  /** The text the sentence highlight covers (the Custom Highlight API or the fallback's marks). */
  highlighted(): Promise<string> {
    return this.page.evaluate(() => {
      const highlight = CSS.highlights?.get('listen-sentence');
      if (highlight) return [...highlight].map((range) => range.toString()).join('');
      return [...document.querySelectorAll('mark.listen-mark')]
        .map((mark) => mark.textContent)
        .join('');
    });
  }
}
