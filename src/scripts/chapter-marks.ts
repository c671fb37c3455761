/**
 * Draws chapter states where the learner navigates: the sidebar's chapter links (tagged
 * `data-chapter` by src/course/sidebar-marks.ts) and the landing page's `data-continue` button.
 * DOM only; the states come from src/lib/chapter-status.ts. Kept free of the progress store, so a
 * page can draw "not started" without loading it.
 */
import type { IndexedChapter } from '../lib/chapter-status';
import { CHAPTER_STATE_LABELS, type ChapterState } from '../lib/chapter-state';

export const chapterLinks = (): HTMLAnchorElement[] => [
  ...document.querySelectorAll<HTMLAnchorElement>('a[data-chapter]'),
];

export const continueLink = (): HTMLAnchorElement | null =>
  document.querySelector<HTMLAnchorElement>('a[data-continue]');

/** Sets the drawn mark (course.css) and the words a screen reader hears after the title. */
export function showState(link: HTMLAnchorElement, state: ChapterState): void {
  link.dataset.progress = state;
  let name = link.querySelector<HTMLElement>('.chapter-state');
  if (!name) {
    name = document.createElement('span');
    name.className = 'chapter-state sr-only';
    link.append(name);
  }
  // "LoRA and QLoRA (done)": the hidden span brings its own space.
  name.textContent = `(${CHAPTER_STATE_LABELS[state].toLowerCase()})`;
}

/** Turns "Start with chapter 1" into "Continue: <chapter>". */
export function showContinue(link: HTMLAnchorElement, chapter: IndexedChapter): void {
  // Starlight's LinkButton holds its label as a bare text node beside the icon.
  const label = [...link.childNodes].find(
    (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
  );
  if (!label) return;
  link.href = chapter.href;
  label.textContent = `Continue: ${chapter.title}`;
}
