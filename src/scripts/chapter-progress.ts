/**
 * Shows the learner's progress where they navigate: a state beside each chapter in the sidebar
 * (links tagged by src/course/sidebar-marks.ts) and, on the landing page, "Continue: <chapter>"
 * on the link marked `data-continue`. States come from src/lib/chapter-status.ts.
 *
 * The server renders no state, since it cannot know the learner; CSS reserves the mark's space
 * (course.css, `[data-chapter]::after`), so filling it in shifts nothing. The course index is
 * fetched only when there is progress to place, and stays live as the learner answers.
 */
import { pathWithBase } from '../lib/base-path';
import {
  chapterState,
  continueWith,
  type ChapterState,
  type CourseIndex,
} from '../lib/chapter-status';
import type { Progress } from '../lib/progress';
import { progressStore } from '../lib/progress-store';

const STATE_NAMES: Record<ChapterState, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  done: 'done',
};

const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-chapter]')];
const continueLink = document.querySelector<HTMLAnchorElement>('a[data-continue]');

function showState(link: HTMLAnchorElement, state: ChapterState): void {
  link.dataset.progress = state;
  let name = link.querySelector<HTMLElement>('.chapter-state');
  if (!name) {
    name = document.createElement('span');
    name.className = 'chapter-state sr-only';
    link.append(name);
  }
  // Read after the title, "LoRA and QLoRA (done)"; the hidden span adds its own space.
  name.textContent = `(${STATE_NAMES[state]})`;
}

function showContinue(index: CourseIndex, progress: Progress): void {
  const chapter = continueLink && continueWith(progress, index.chapters);
  // Starlight's LinkButton holds its label as a bare text node beside the icon.
  const label = [...(continueLink?.childNodes ?? [])].find(
    (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
  );
  if (!continueLink || !chapter || !label) return;
  continueLink.href = chapter.href;
  label.textContent = `Continue: ${chapter.title}`;
}

function hasProgress(progress: Progress): boolean {
  return Object.keys(progress.questions).length > 0 || Object.keys(progress.cards).length > 0;
}

let index: Promise<CourseIndex | null> | undefined;

function courseIndex(): Promise<CourseIndex | null> {
  // Offline or blocked, the page simply shows no marks; nothing else depends on them.
  index ??= fetch(pathWithBase('/course-index.json'))
    .then((response) => (response.ok ? (response.json() as Promise<CourseIndex>) : null))
    .catch(() => null);
  return index;
}

async function render(progress: Progress): Promise<void> {
  if (!hasProgress(progress)) {
    for (const link of links) showState(link, 'not-started');
    return;
  }
  const loaded = await courseIndex();
  if (!loaded) return;
  const byId = new Map(loaded.chapters.map((chapter) => [chapter.id, chapter]));
  for (const link of links) {
    const chapter = byId.get(link.dataset.chapter ?? '');
    if (chapter) showState(link, chapterState(progress, chapter));
  }
  showContinue(loaded, progress);
}

if (links.length > 0 || continueLink) {
  const store = progressStore();
  void render(store.read());
  store.subscribe((progress) => void render(progress));
}
