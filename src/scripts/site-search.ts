/**
 * The search dialog's behaviour on every page (src/components/overrides/Search.astro): open and
 * close it as Starlight 0.42.4 does (button, Ctrl/Cmd+K, a click outside or on a link), plus "/"
 * (src/lib/search-shortcut.ts). Pagefind's UI (src/scripts/search-ui.ts) is imported on the
 * first open, never before, so pages that are never searched do not pay for it. If that import
 * fails (offline, a deploy that replaced the files), the dialog says so and offers a retry.
 */
import { opensSearch } from '../lib/search-shortcut';
import { HIGHLIGHT_PARAM, pagefindBundlePath } from '../lib/search-url';
// A `?url` import, not a CSS import: Astro would put an imported stylesheet in every page's head.
import stylesheet from '../styles/search-results.css?url';

/** The parts of Pagefind's engine (`pagefind.js`) used before its UI is built. */
interface PagefindEngine {
  init(): Promise<void>;
  preload(term: string): Promise<void>;
}

/** Pagefind's UI, once built (src/scripts/search-ui.ts). */
type SearchUI = { takeOver(typed: string, focus: boolean): void };

/** How long the first load may take before the dialog says it is loading. */
const SLOW_LOAD_MS = 400;

/** Adds the UI's stylesheet and waits for it, so results never show unstyled. */
function loadStylesheet(href: string): Promise<void> {
  document.querySelector('link[data-search-styles]')?.remove(); // a failed earlier attempt
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  link.dataset.searchStyles = '';
  return new Promise((resolve, reject) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => reject(new Error(`Could not load ${href}`)));
    document.head.append(link);
  });
}

/**
 * Loads the UI, its stylesheet and Pagefind's engine side by side, and starts the engine fetching
 * its index while the UI is built. Pagefind's UI would import the engine itself, but it only logs
 * a failure; loading it here lets the dialog say that search is unavailable.
 */
async function loadSearchUI(host: HTMLElement): Promise<SearchUI> {
  const bundlePath = pagefindBundlePath(import.meta.env.BASE_URL);
  const engine: Promise<PagefindEngine> = import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
  // Words typed before the UI exists start fetching their part of the index already.
  const early = host.querySelector<HTMLInputElement>('[data-search-early] input');
  early?.addEventListener('input', () => {
    void engine.then((pagefind) => pagefind.preload(early.value)).catch(() => {});
  });
  const [{ buildSearchUI }] = await Promise.all([
    import('./search-ui'),
    engine.then((pagefind) => pagefind.init()),
    loadStylesheet(stylesheet),
  ]);
  return buildSearchUI(host, bundlePath);
}

class SiteSearch extends HTMLElement {
  #ui: Promise<SearchUI> | undefined;

  connectedCallback() {
    const openButton = this.querySelector<HTMLButtonElement>('button[data-open-modal]')!;
    const closeButton = this.querySelector<HTMLButtonElement>('button[data-close-modal]')!;
    const dialog = this.querySelector('dialog')!;
    const frame = this.querySelector('.dialog-frame')!;

    const onClick = (event: MouseEvent) => {
      const onLink = 'href' in (event.target ?? {});
      const outside =
        document.body.contains(event.target as Node) && !frame.contains(event.target as Node);
      if (onLink || outside) dialog.close();
    };
    const open = (event?: Event) => {
      dialog.showModal();
      document.body.toggleAttribute('data-search-modal-open', true);
      this.querySelector('input')?.focus();
      event?.stopPropagation();
      window.addEventListener('click', onClick);
      void this.#build();
    };

    openButton.addEventListener('click', open);
    openButton.disabled = false;
    closeButton.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      document.body.toggleAttribute('data-search-modal-open', false);
      window.removeEventListener('click', onClick);
    });
    window.addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else open();
        return;
      }
      if (dialog.open || !opensSearch(event, document.activeElement as HTMLElement | null)) return;
      event.preventDefault();
      open();
    });
    this.querySelector('[data-search-retry]')?.addEventListener('click', () => void this.#build());
  }

  /** Builds Pagefind's UI once; a failed attempt may be retried. */
  async #build() {
    const early = this.querySelector<HTMLInputElement>('[data-search-early] input');
    if (!early) return; // the dev server has no index, so no search
    const status = this.querySelector<HTMLElement>('[data-search-status]')!;
    const retry = this.querySelector<HTMLButtonElement>('[data-search-retry]')!;
    retry.hidden = true;
    const slow = setTimeout(() => (status.textContent = 'Loading search…'), SLOW_LOAD_MS);
    this.#ui ??= loadSearchUI(this);
    try {
      const ui = await this.#ui;
      status.textContent = '';
      if (early.isConnected) {
        // Focus moves only if the learner is still in the early box, not if they clicked on.
        ui.takeOver(early.value, document.activeElement === early);
        this.querySelector('[data-search-early]')?.remove();
      }
    } catch {
      this.#ui = undefined;
      status.textContent = 'Search could not load. Check your connection, then try again.';
      retry.hidden = false;
    } finally {
      clearTimeout(slow);
    }
  }
}
customElements.define('site-search', SiteSearch);

// A page opened from a search result marks the searched words (src/scripts/search-highlight.ts).
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  void import('./search-highlight').then(({ highlightSearchedWords }) => highlightSearchedWords());
}
