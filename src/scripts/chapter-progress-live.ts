/**
 * Keeps the chapter marks in step with the learner's progress, here and in other tabs. Loaded by
 * chapter-progress.ts only when there is progress to place.
 */
import { pathWithBase } from '../lib/base-path';
import { chapterState, continueWith, type CourseIndex } from '../lib/chapter-status';
import type { Progress } from '../lib/progress';
import { progressStore } from '../lib/progress-store';
import { showContinue, showState } from './chapter-marks';

let index: Promise<CourseIndex | null> | undefined;

function courseIndex(): Promise<CourseIndex | null> {
  // Offline or blocked, the marks stay as they are; nothing else depends on them.
  index ??= fetch(pathWithBase('/course-index.json'))
    .then((response) => (response.ok ? (response.json() as Promise<CourseIndex>) : null))
    .catch(() => null);
  return index;
}

function hasProgress(progress: Progress): boolean {
  return Object.keys(progress.questions).length > 0 || Object.keys(progress.cards).length > 0;
}

async function render(
  progress: Progress,
  links: HTMLAnchorElement[],
  button: HTMLAnchorElement | null,
): Promise<void> {
  if (!hasProgress(progress)) return;
  const loaded = await courseIndex();
  if (!loaded) return;
  const byId = new Map(loaded.chapters.map((chapter) => [chapter.id, chapter]));
  for (const link of links) {
    const chapter = byId.get(link.dataset.chapter ?? '');
    if (chapter) showState(link, chapterState(progress, chapter));
  }
  const next = button && continueWith(progress, loaded.chapters);
  if (button && next) showContinue(button, next);
}

export function followProgress(links: HTMLAnchorElement[], button: HTMLAnchorElement | null): void {
  const store = progressStore();
  void render(store.read(), links, button);
  store.subscribe((progress) => void render(progress, links, button));
}
