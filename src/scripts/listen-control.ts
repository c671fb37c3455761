/**
 * Listen's bar on every chapter (src/components/ListenControl.astro): what runs with the page is
 * only this. It hides the bar where no voice speaks the page's language, offers "Resume from …"
 * where the chapter was left, and imports the player (src/scripts/listen-player.ts) on the first
 * press, never before. If that import fails (offline, a deploy that replaced the files), the bar
 * says so and offers a retry, as search does (src/scripts/site-search.ts).
 */
import { readPosition, type ListenPosition } from '../lib/listen-prefs';
import { voicesFor, watchVoices } from '../lib/voices';

/** What the player module offers the bar. */
export interface Player {
  /** Plays from where it is, or pauses. */
  toggle(): void;
  /** Plays from a saved position. */
  resume(position: ListenPosition): void;
}

class ListenControl extends HTMLElement {
  #player: Promise<Player> | undefined;

  connectedCallback() {
    // The inline script in ListenControl.astro already hid the bar before the first paint.
    if (!('speechSynthesis' in window)) return;
    const lang = document.documentElement.lang || 'en';
    // Voices arrive late; until they do the bar shows, and it hides only once it is known that
    // none speaks the page's language (hiding keeps its line, see listen.css).
    watchVoices(speechSynthesis, (voices) => {
      this.toggleAttribute('data-no-voice', voicesFor(voices, lang).length === 0);
    });

    const play = this.querySelector<HTMLButtonElement>('[data-listen-play]')!;
    const resume = this.querySelector<HTMLButtonElement>('[data-listen-resume]')!;
    const position = readPosition(this.dataset.chapter ?? '');
    if (position) {
      this.querySelector('[data-listen-resume-title]')!.textContent = position.title;
      resume.hidden = false;
    }
    play.addEventListener('click', () => void this.#use((player) => player.toggle()));
    resume.addEventListener('click', () => {
      resume.hidden = true;
      if (position) void this.#use((player) => player.resume(position));
    });
    this.querySelector('[data-listen-retry]')!.addEventListener(
      'click',
      () => void this.#use((player) => player.toggle()),
    );
    play.disabled = false;
  }

  /** Loads the player once (a failed attempt may be retried), then does what was asked. */
  async #use(action: (player: Player) => void) {
    const status = this.querySelector<HTMLElement>('[data-listen-status]')!;
    const retry = this.querySelector<HTMLButtonElement>('[data-listen-retry]')!;
    retry.hidden = true;
    this.removeAttribute('data-failed');
    this.#player ??= import('./listen-player').then(({ createPlayer }) => createPlayer(this));
    try {
      action(await this.#player);
    } catch {
      this.#player = undefined;
      status.textContent = 'Listen could not load. Check your connection, then try again.';
      retry.hidden = false;
      this.setAttribute('data-failed', '');
    }
  }
}
customElements.define('listen-control', ListenControl);
