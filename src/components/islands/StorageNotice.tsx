/**
 * Tells the learner when their progress is not being saved, and why. The explanations load
 * only when storage has a problem, which is rare; until they arrive (or if they cannot), the
 * notice says the essential part.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ProgressStore } from '../../lib/progress-store';
import type { STORAGE_MESSAGES } from './storage-messages';

export function StorageNotice({ store }: { store: ProgressStore }) {
  const health = store.health();
  const [messages, setMessages] = useState<typeof STORAGE_MESSAGES | null>(null);
  useEffect(() => {
    if (health === 'saved' || messages) return;
    import('./storage-messages').then(
      (loaded) => setMessages(loaded.STORAGE_MESSAGES),
      () => {},
    );
  }, [health, messages]);
  if (health === 'saved') return null;
  return (
    <p class="storage-notice">
      {messages?.[health] ?? 'Your progress is not being saved in this browser.'}
    </p>
  );
}
