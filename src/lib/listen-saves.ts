/**
 * Saving what Listen remembers (the shapes are described in listen-prefs.ts). Apart from the
 * reading side so that it loads with the player, not with every chapter.
 */
import {
  parsePositions,
  readSettings,
  type ListenPosition,
  type ListenSettings,
} from './listen-prefs';
import {
  LISTEN_POSITIONS_KEY,
  LISTEN_SETTINGS_KEY,
  readPreference,
  savePreference,
} from './progress-store';

/** How many chapters' positions are kept; the oldest give way. */
export const MAX_POSITIONS = 50;

/** The positions with `chapter`'s set (or removed, with `null`), keeping the newest few. */
export function withPosition(
  positions: Record<string, ListenPosition>,
  chapter: string,
  position: ListenPosition | null,
): Record<string, ListenPosition> {
  const { [chapter]: _old, ...rest } = positions;
  const entries = Object.entries(rest);
  if (position) entries.push([chapter, position]);
  entries.sort(([, a], [, b]) => b.at - a.at);
  return Object.fromEntries(entries.slice(0, MAX_POSITIONS));
}

export function saveSettings(change: ListenSettings) {
  savePreference(LISTEN_SETTINGS_KEY, JSON.stringify({ ...readSettings(), ...change }));
}

export function savePosition(chapter: string, position: ListenPosition | null) {
  const positions = parsePositions(readPreference(LISTEN_POSITIONS_KEY));
  savePreference(LISTEN_POSITIONS_KEY, JSON.stringify(withPosition(positions, chapter, position)));
}
