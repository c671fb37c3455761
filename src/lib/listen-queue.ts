/**
 * Listen's player as a state machine: where it is in the chapter's chunks (listen-chunks.ts),
 * whether it plays, and at what speed. The player (src/scripts/listen-player.ts) dispatches
 * actions and, when the returned state differs, speaks or stops; nothing here touches speech.
 *
 * Pausing always resumes from the start of the current chunk. speechSynthesis.pause() is not
 * reliable: on Android it cancels, and Chrome drops an utterance paused for long. So the player
 * cancels on pause everywhere and speaks the chunk again on play, at most 200 characters back.
 */
import type { Chunk } from './listen-chunks';

export const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;
/** A chunk that stalls this many times in a row is skipped, so one bad chunk cannot loop. */
export const MAX_RETRIES = 2;

export interface ListenState {
  status: 'idle' | 'playing' | 'paused' | 'ended';
  /** The current chunk. */
  chunk: number;
  rate: number;
  /**
   * Counts every (re)start of speech, so the player can tell "speak this chunk again" (after a
   * stall, a speed change, a resume) from "nothing changed".
   */
  take: number;
  /** How many times in a row the current chunk was restarted by the watchdog. */
  retries: number;
}

export type ListenAction =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'ended' }
  | { type: 'stalled' }
  /** `chunk`: where the cursor is once the chunks are cut again for the new speed. */
  | { type: 'rate'; rate: number; chunk?: number }
  | { type: 'seek'; chunk: number }
  | { type: 'move'; by: 'sentence' | 'section'; direction: 1 | -1 };

export function initialState(chunk = 0, rate = 1): ListenState {
  return { status: 'idle', chunk, rate: clampRate(rate), take: 0, retries: 0 };
}

/** Speeds from 0.75× to 2×; anything else (a damaged preference) is read as 1×. */
export function clampRate(rate: number): number {
  return Number.isFinite(rate) && rate >= 0.75 && rate <= 2 ? rate : 1;
}

/** The first chunk of the sentence `chunk` belongs to. */
function sentenceStart(chunks: readonly Chunk[], chunk: number): number {
  let index = chunk;
  while (index > 0 && chunks[index - 1]!.sentence === chunks[chunk]!.sentence) index -= 1;
  return index;
}

/**
 * Where "next" or "previous" goes. Forward: the next sentence or section. Back, as media
 * players do: to the start of the current sentence or section when past it, else the one before.
 */
export function target(
  chunks: readonly Chunk[],
  from: number,
  by: 'sentence' | 'section',
  direction: 1 | -1,
): number {
  const key = (index: number) =>
    by === 'sentence' ? chunks[index]!.sentence : chunks[index]!.section;
  const current = key(from);
  if (direction === 1) {
    const next = chunks.findIndex((chunk, index) => index > from && key(index) !== current);
    return next === -1 ? from : next;
  }
  const start = by === 'sentence' ? sentenceStart(chunks, from) : current;
  if (from > start) return start;
  if (start === 0) return 0;
  return by === 'sentence' ? sentenceStart(chunks, start - 1) : chunks[start - 1]!.section;
}

const restart = (state: ListenState, chunk: number): ListenState => ({
  ...state,
  chunk,
  take: state.take + 1,
  retries: 0,
});

export function reduce(
  state: ListenState,
  action: ListenAction,
  chunks: readonly Chunk[],
): ListenState {
  const last = chunks.length - 1;
  switch (action.type) {
    case 'play': {
      if (state.status === 'playing' || last < 0) return state;
      const chunk = state.status === 'ended' ? 0 : state.chunk;
      return { ...restart(state, chunk), status: 'playing' };
    }
    case 'pause':
      return state.status === 'playing' ? { ...state, status: 'paused' } : state;
    case 'toggle':
      return reduce(state, { type: state.status === 'playing' ? 'pause' : 'play' }, chunks);
    case 'ended':
      if (state.status !== 'playing') return state;
      if (state.chunk >= last) return { ...state, status: 'ended', retries: 0 };
      return restart(state, state.chunk + 1);
    case 'stalled':
      if (state.status !== 'playing') return state;
      if (state.retries >= MAX_RETRIES) return reduce(state, { type: 'ended' }, chunks);
      return { ...state, take: state.take + 1, retries: state.retries + 1 };
    case 'rate': {
      const rate = clampRate(action.rate);
      if (rate === state.rate) return state;
      const chunk = action.chunk ?? state.chunk;
      // Speech cannot change speed mid-utterance: the chunk starts again at the new speed.
      return state.status === 'playing'
        ? { ...restart(state, chunk), rate }
        : { ...state, chunk, rate };
    }
    case 'seek': {
      const chunk = Math.min(Math.max(action.chunk, 0), Math.max(last, 0));
      if (state.status === 'playing') return restart(state, chunk);
      return { ...state, chunk, status: state.status === 'ended' ? 'paused' : state.status };
    }
    case 'move':
      if (last < 0) return state;
      return reduce(
        state,
        { type: 'seek', chunk: target(chunks, state.chunk, action.by, action.direction) },
        chunks,
      );
  }
}
