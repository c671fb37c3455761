import { useEffect, useState } from 'preact/hooks';
import type { ProgressFile } from '../../lib/progress-file';

/** How long a reset can be undone. Long enough to notice and act; the file stays longer. */
export const UNDO_SECONDS = 20;

export interface UndoOffer {
  /** What was just done, e.g. "Your answers to these 5 questions were reset." */
  message: string;
  /** Puts everything back. */
  restore: () => void;
  /** The progress as it was before, to keep as a file. */
  file: ProgressFile;
}

/**
 * Holds the offer to undo the last reset. The Undo button stays for UNDO_SECONDS; the
 * download of the earlier progress stays until the learner leaves or resets again.
 */
export function useUndo() {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [undoable, setUndoable] = useState(false);
  const [note, setNote] = useState('');
  useEffect(() => {
    if (!offer) return;
    setUndoable(true);
    const timer = setTimeout(() => setUndoable(false), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [offer]);
  return {
    offer,
    undoable,
    note,
    /** Offers to undo a reset that has just happened. */
    offerUndo(next: UndoOffer) {
      setNote('');
      setOffer(next);
    },
    undo() {
      offer?.restore();
      setOffer(null);
      setNote('Undone: everything you reset is back.');
    },
  };
}
