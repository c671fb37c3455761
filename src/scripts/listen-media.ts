/**
 * Listen and the Media Session API, so headset buttons, media keys and the lock screen control
 * the player: play and pause, previous and next track (by section), seek back and forward (by
 * sentence). Browsers without the API, or without one of its actions, simply offer less.
 */
import type { ListenAction } from '../lib/listen-queue';

const KEYS: [MediaSessionAction, ListenAction][] = [
  ['play', { type: 'play' }],
  ['pause', { type: 'pause' }],
  ['previoustrack', { type: 'move', by: 'section', direction: -1 }],
  ['nexttrack', { type: 'move', by: 'section', direction: 1 }],
  ['seekbackward', { type: 'move', by: 'sentence', direction: -1 }],
  ['seekforward', { type: 'move', by: 'sentence', direction: 1 }],
];

export function connectMediaKeys(dispatch: (action: ListenAction) => void) {
  if (!('mediaSession' in navigator)) return;
  for (const [name, action] of KEYS) {
    try {
      navigator.mediaSession.setActionHandler(name, () => dispatch(action));
    } catch {
      // An action this browser does not know is not offered.
    }
  }
}

/** What the lock screen shows: the chapter as the title, the section as the album. */
export function showInMediaSession(playing: boolean, chapter: string, section: string) {
  if (!('mediaSession' in navigator)) return;
  navigator.mediaSession.playbackState = playing ? 'playing' : 'paused';
  navigator.mediaSession.metadata = new MediaMetadata({
    title: chapter,
    album: section,
    artist: document.querySelector('.site-title')?.textContent?.trim() ?? '',
  });
}
