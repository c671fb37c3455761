import type { ProgressStore } from '../../lib/progress-store';

/** Tells the learner when their progress is not being saved, and why. */
export function StorageNotice({ store }: { store: ProgressStore }) {
  const health = store.health();
  if (health === 'saved') return null;
  return (
    <p class="storage-notice">
      {health === 'damaged-kept'
        ? 'Your saved progress in this browser is damaged, and storage is too full to set a copy aside, so it has been left exactly as it was. What you do now lasts until you leave this page. Free some space in this browser to start saving again.'
        : 'This browser is not saving your progress, so what you do here is lost when you leave the page.'}
    </p>
  );
}
