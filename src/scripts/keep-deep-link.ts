/**
 * Keeps a deep link (`#check-your-understanding`, a click in "On this page") on its target while
 * the islands around it hydrate.
 *
 * The islands hydrate when they come near the viewport, which is exactly when a jump lands next
 * to them. The flashcard deck's no-JavaScript view lists every card and is far taller than its
 * one-card view, so when it turns interactive (an effect after hydration, not at it) everything
 * below it moves up and the target slides out of view. Browser scroll anchoring cannot help,
 * because hydration replaces the anchor node. So whenever the page's height changes within a few
 * seconds of arriving at a target, scroll the target back into view — unless the learner has
 * scrolled or pressed a key since, which always wins.
 */
const SETTLE_MS = 5000;

let targetId = '';
let until = 0;

function aimAtHash(): void {
  targetId = decodeURIComponent(location.hash.slice(1));
  until = performance.now() + SETTLE_MS;
}

function forget(): void {
  targetId = '';
}

function realign(): void {
  if (!targetId || performance.now() > until) return;
  // Looked up each time: a re-render may have replaced the element.
  document.getElementById(targetId)?.scrollIntoView({ block: 'start' });
}

aimAtHash();
addEventListener('hashchange', aimAtHash);
for (const intent of ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const) {
  addEventListener(intent, forget, { passive: true });
}
new ResizeObserver(realign).observe(document.body);
