/**
 * The sidebar's chapter states and the landing page's Continue button (see chapter-marks.ts).
 *
 * The server renders no state, since it cannot know the learner; CSS reserves the mark's space
 * (course.css, `[data-chapter]::after`), so filling it in shifts nothing. A learner with nothing
 * saved, on a page without islands, needs no more than "not started" everywhere, so the progress
 * store and the course index load only when there is progress to place, or when an island on the
 * page can create some (it has loaded the store already).
 */
import { hasSavedProgress } from '../lib/progress-key';
import { chapterLinks, continueLink, showState } from './chapter-marks';

const links = chapterLinks();
const button = continueLink();
if (links.length > 0 || button) {
  for (const link of links) showState(link, 'not-started');
  if (hasSavedProgress() || document.querySelector('astro-island')) {
    void import('./chapter-progress-live').then(({ followProgress }) =>
      followProgress(links, button),
    );
  }
}
