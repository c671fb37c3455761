/**
 * The sidebar's chapter states and the landing page's Continue button (see chapter-marks.ts).
 *
 * The server renders no state, since it cannot know the learner; CSS reserves the mark's space
 * (course.css, `[data-chapter]::after`), so filling it in shifts nothing. A learner with nothing
 * saved needs no more than "not started" everywhere, so the code that follows progress and the
 * course index load only when there is progress to place: saved already, or made since, by an
 * island on this page (the store fires PROGRESS_CHANGED) or in another tab (a `storage` event).
 */
import { PROGRESS_CHANGED, PROGRESS_KEY, hasSavedProgress } from '../lib/progress-key';
import { chapterLinks, continueLink, showState } from './chapter-marks';

const links = chapterLinks();
const button = continueLink();
if (links.length > 0 || button) {
  for (const link of links) showState(link, 'not-started');
  const follow = () => {
    removeEventListener(PROGRESS_CHANGED, follow);
    removeEventListener('storage', fromOtherTab);
    // In a task of its own: the event usually comes from inside an island's first save, in the
    // task that first draws the island (the practice test starts a run there), and loading this
    // code can wait a moment without the learner seeing a difference.
    setTimeout(() => {
      void import('./chapter-progress-live').then(({ followProgress }) =>
        followProgress(links, button),
      );
    });
  };
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === PROGRESS_KEY || event.key === null) follow();
  };
  if (hasSavedProgress()) follow();
  else {
    addEventListener(PROGRESS_CHANGED, follow);
    addEventListener('storage', fromOtherTab);
  }
}
