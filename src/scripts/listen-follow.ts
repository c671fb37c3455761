/**
 * Keeps the sentence being read in view, smoothly unless the learner prefers reduced motion.
 * Once the learner scrolls on their own (wheel, touch, scrolling keys), following stops, so
 * the page never pulls them back while they look elsewhere; `onChange` lets the player offer
 * "Follow along" to start again. Scrolls the page makes itself do not count: only input does.
 */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);

export function createFollower(panel: HTMLElement, onChange: (following: boolean) => void) {
  let following = true;
  let last: Range | Element | undefined;

  const stop = (event: Event) => {
    if (!following) return;
    if (event instanceof KeyboardEvent) {
      const target = event.target as Element | null;
      if (!SCROLL_KEYS.has(event.key) || panel.contains(target)) return;
      if (target?.closest('input, select, textarea, button, [contenteditable]')) return;
    }
    following = false;
    onChange(false);
  };
  const inputs = ['wheel', 'touchmove', 'keydown'] as const;

  /** Scrolls `target` into the upper part of the window when it is out of the free area. */
  function keepInView(target: Range | Element) {
    last = target;
    if (!following) return;
    const box = target.getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    const bottom = innerHeight - panel.getBoundingClientRect().height;
    if (box.top >= header && box.bottom <= bottom) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    scrollBy({
      top: box.top - header - (bottom - header) / 3,
      behavior: reduce ? 'auto' : 'smooth',
    });
  }

  return {
    start() {
      for (const type of inputs) addEventListener(type, stop, { passive: true });
    },
    end() {
      for (const type of inputs) removeEventListener(type, stop);
    },
    /** Follows again, from the sentence being read. */
    resume() {
      following = true;
      onChange(true);
      if (last) keepInView(last);
    },
    keepInView,
  };
}
