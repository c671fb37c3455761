import { useState } from 'preact/hooks';
import type { Progress } from '../../lib/progress';
import type { UndoMessage } from './UndoMessage';

export interface UndoOffer {
  /** What was just done, e.g. "Your answers to these 5 questions were reset." */
  message: string;
  /** Puts everything back. */
  restore: () => void;
  /** The progress as it was before, offered as a file to keep. */
  before: Progress;
}

/**
 * Holds the offer to undo the last reset; UndoMessage shows it, with Undo for a few seconds
 * and a download of the earlier progress. UndoMessage loads on first use, so pages pay for it
 * only when someone resets, and `prepare` loads it before anything is reset: a reset that could
 * not be undone must not happen, so when it cannot load (offline) nothing is reset.
 */
export function useUndo() {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const [note, setNote] = useState('');
  const [Message, setMessage] = useState<typeof UndoMessage | null>(null);
  return {
    offer,
    note,
    Message,
    async prepare(): Promise<boolean> {
      try {
        const loaded = (await import('./UndoMessage')).UndoMessage;
        setMessage(() => loaded);
        return true;
      } catch {
        setOffer(null);
        setNote('Nothing was reset: Undo could not load. Check your connection, then try again.');
        return false;
      }
    },
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

export type Undo = ReturnType<typeof useUndo>;
