/**
 * Says what a reset deleted and offers it back: an Undo button for UNDO_SECONDS, and the
 * earlier progress as a file for as long as the page is open. Loaded only when a learner resets
 * something (use-undo.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { progressFile } from '../../lib/progress-file';
import type { UndoOffer } from './use-undo';

/** How long a reset can be undone. Long enough to notice and act; the file stays longer. */
export const UNDO_SECONDS = 20;

export interface UndoMessageProps {
  offer: UndoOffer;
  onUndo: () => void;
}

export function UndoMessage({ offer, onUndo }: UndoMessageProps) {
  const [undoable, setUndoable] = useState(true);
  const [download, setDownload] = useState<{ href: string; name: string } | null>(null);
  useEffect(() => {
    setUndoable(true);
    const timer = setTimeout(() => setUndoable(false), UNDO_SECONDS * 1000);
    const file = progressFile(offer.before, Date.now());
    const href = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    setDownload({ href, name: file.name });
    return () => {
      clearTimeout(timer);
      URL.revokeObjectURL(href);
    };
  }, [offer]);

  return (
    <>
      <p>
        {offer.message}
        {undoable && ` You can undo this for ${UNDO_SECONDS} seconds.`}
      </p>
      <p class="undo-notice__actions">
        {undoable && (
          <button type="button" class="course-button" onClick={onUndo}>
            Undo
          </button>
        )}
        {download && (
          <a href={download.href} download={download.name}>
            Download your progress as it was
          </a>
        )}
      </p>
    </>
  );
}
