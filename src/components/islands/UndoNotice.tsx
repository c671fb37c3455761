/**
 * Says what a reset deleted and offers it back: an Undo button for a few seconds, and the
 * earlier progress as a file. A polite status region, so the message is announced without
 * moving focus away from where the learner is.
 */
import { useEffect, useState } from 'preact/hooks';
import { UNDO_SECONDS, type useUndo } from './use-undo';

export function UndoNotice({ undo }: { undo: ReturnType<typeof useUndo> }) {
  const { offer, undoable, note } = undo;
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    if (!offer) return setHref(null);
    const url = URL.createObjectURL(new Blob([offer.file.text], { type: 'application/json' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [offer]);

  return (
    <div class="undo-notice" role="status">
      {note && <p>{note}</p>}
      {offer && (
        <>
          <p>
            {offer.message}
            {undoable && ` You can undo this for ${UNDO_SECONDS} seconds.`}
          </p>
          <p class="undo-notice__actions">
            {undoable && (
              <button type="button" class="course-button" onClick={() => undo.undo()}>
                Undo
              </button>
            )}
            {href && (
              <a href={href} download={offer.file.name}>
                Download your progress as it was
              </a>
            )}
          </p>
        </>
      )}
    </div>
  );
}
