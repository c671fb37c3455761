/**
 * Keeps a deep link (`#check-your-understanding`, a TOC click) on its target while islands hydrate.
 *
 * The islands hydrate when they come near the viewport, which is exactly when a jump lands next to
 * them. The flashcard deck's no-JavaScript view lists every card and is far taller than its one-card
 * view, so hydrating it pulls everything below it up and the target slides out of view. Browser
 * scroll anchoring cannot help, because hydration replaces the anchor node. So after each island
 * above the target hydrates, scroll the target back into view — until the learner scrolls on their own.
 */
let target: HTMLElement | null = null;

function aimAtHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  target = id ? document.getElementById(id) : null;
}

function forget(): void {
  target = null;
}

function realignAfter(island: Element): void {
  if (target && island.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) {
    target.scrollIntoView({ block: 'start' });
  }
}

aimAtHash();
addEventListener('hashchange', aimAtHash);
for (const intent of ['wheel', 'touchmove', 'keydown'] as const) {
  addEventListener(intent, forget, { passive: true });
}
for (const island of document.querySelectorAll('astro-island')) {
  island.addEventListener('astro:hydrate', () => realignAfter(island), { once: true });
}
