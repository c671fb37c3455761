import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { nearInGap, nextToRender } from '../../lib/practice-render';

/** How far beyond the screen a question counts as near: one and a half screens each way. */
const ROOT_MARGIN = '150% 0px';
const NONE: ReadonlySet<string> = new Set();

interface State {
  key: unknown;
  near: ReadonlySet<string>;
  rendered: ReadonlySet<string>;
}

/**
 * Which items of a long list to render, by id (src/lib/practice-render.ts). The items not
 * rendered yet sit in gaps, elements inside `list` with `data-gap` (the index of their first
 * item) and `data-count`; an IntersectionObserver reports a gap that comes within one and a
 * half screens, and the items of it that lie there render, a few per task. Nothing runs while
 * the learner reads, and a rendered item is never taken back. `heights` share a gap out among
 * its items; `key` starts over (a new practice attempt renders new cards).
 */
export function useRenderNearViewport(
  order: readonly string[],
  heights: readonly number[],
  key: unknown,
): { rendered: ReadonlySet<string>; list: MutableRef<HTMLDivElement | null> } {
  const list = useRef<HTMLDivElement | null>(null);
  const [saved, setState] = useState<State>({ key, near: NONE, rendered: NONE });
  // A new attempt starts empty at once, in the same render, so the previous attempt's rendered
  // cards never all render together in one long task.
  const state = saved.key === key ? saved : { key, near: NONE, rendered: NONE };
  const latest = useRef({ order, heights });
  latest.current = { order, heights };

  // After every render: a gap that changed is a new element, observed afresh, so it reports
  // where it is now even if it never left the screen's surroundings.
  useEffect(() => {
    const root = list.current;
    if (!root) return;
    const add = (ids: string[]) =>
      setState((current) => {
        const base = current.key === key ? current : { key, near: NONE, rendered: NONE };
        if (ids.every((id) => base.near.has(id))) return current;
        return { ...base, near: new Set([...base.near, ...ids]) };
      });
    if (typeof IntersectionObserver === 'undefined') return add([...latest.current.order]);
    const observer = new IntersectionObserver(
      (entries) => {
        const { order, heights } = latest.current;
        const ids: string[] = [];
        for (const { isIntersecting, rootBounds, boundingClientRect, target } of entries) {
          if (!isIntersecting || !rootBounds) continue;
          const start = Number((target as HTMLElement).dataset.gap);
          const count = Number((target as HTMLElement).dataset.count);
          const near = nearInGap(
            heights.slice(start, start + count),
            boundingClientRect,
            rootBounds,
          );
          ids.push(...near.map((index) => order[start + index]!));
        }
        if (ids.length > 0) add(ids);
      },
      { rootMargin: ROOT_MARGIN },
    );
    for (const gap of root.querySelectorAll('[data-gap]')) observer.observe(gap);
    return () => observer.disconnect();
  });

  // Render the next few near items in a task of their own, after the browser has painted.
  useEffect(() => {
    const next = nextToRender(latest.current.order, state.near, state.rendered);
    if (next.length === 0) return;
    const timer = setTimeout(
      () =>
        setState((current) =>
          current.key === key
            ? { ...current, rendered: new Set([...current.rendered, ...next]) }
            : current,
        ),
      0,
    );
    return () => clearTimeout(timer);
  }, [key, state.near, state.rendered]);

  return { rendered: state.rendered, list };
}
