/**
 * The watchdog rule. Speech synthesis sometimes goes quiet without saying so: Chrome stops an
 * utterance that runs past about 15 s and never fires `end`, some engines never start a queued
 * utterance, and a voice that disappears leaves nothing behind. So the player notes when an
 * utterance last showed life (`speak()`, `start`, `boundary`), and when nothing has happened for
 * longer than the chunk should take, it cancels and speaks the chunk again (listen-queue.ts
 * skips a chunk that stalls again and again).
 */

/**
 * Characters per second at 1×. Voices speak about 150 to 180 English words a minute, some
 * 14 to 16 characters a second; the slower figure makes the expected time generous.
 */
export const CHARACTERS_PER_SECOND = 12;
/** How much longer than expected an utterance may take before it counts as stalled. */
export const MARGIN = 2;
/** A floor for short chunks: engines take a moment to start, more for the first utterance. */
export const MIN_LIMIT_MS = 4000;
/** How often the player checks. */
export const CHECK_EVERY_MS = 1000;

/** How long a chunk of `text` should take to speak at `rate`, in milliseconds. */
export function expectedMs(text: string, rate: number): number {
  return (text.length / (CHARACTERS_PER_SECOND * rate)) * 1000;
}

/** How long an utterance may go without any event before the player gives up on it. */
export function stallLimitMs(text: string, rate: number): number {
  return Math.max(MIN_LIMIT_MS, expectedMs(text, rate) * MARGIN);
}

/** Whether an utterance that last showed life at `lastSign` has stalled by `now`. */
export function isStalled(text: string, rate: number, lastSign: number, now: number): boolean {
  return now - lastSign > stallLimitMs(text, rate);
}
