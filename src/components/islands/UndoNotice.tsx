/**
 * Where the offer to undo a reset appears: a polite status region that is always on the page,
 * so what appears in it is announced without moving focus away from where the learner is.
 */
import type { Undo } from './use-undo';

export function UndoNotice({ undo }: { undo: Undo }) {
  const { offer, note, Message } = undo;
  return (
    <div class="undo-notice" role="status">
      {note && <p>{note}</p>}
      {offer && Message && <Message offer={offer} onUndo={undo.undo} />}
    </div>
  );
}
