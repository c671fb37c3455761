/**
 * What Listen remembers, through progress-store.ts's preference helpers (the only code that
 * touches localStorage). These are preferences, not progress: they stay out of the progress
 * file and its merge, since a listening position is not something a learner achieved.
 *
 * - LISTEN_SETTINGS_KEY: `{ "rate": 1.25, "voice": "<voiceURI>" }`, for every chapter.
 * - LISTEN_POSITIONS_KEY: `{ "<chapter id>": { "section": "<heading id>", "sentence": 3,
 *   "title": "Choosing a base model", "at": <ms> } }`: where each chapter was left, by the
 *   section's heading id and the sentence within it, so a chapter edited since still resumes in
 *   the right section. The newest few are kept (listen-saves.ts).
 * Reads tolerate anything another version or a person left there. This file is the reading side,
 * which the page loads for "Resume from …"; listen-saves.ts, the writing side, loads with the
 * player.
 */
import { LISTEN_POSITIONS_KEY, LISTEN_SETTINGS_KEY, readPreference } from './progress-store';

export interface ListenSettings {
  rate?: number;
  voice?: string;
}

export interface ListenPosition {
  /** The id of the section's heading; "" for the top of the chapter. */
  section: string;
  /** The sentence within that section, from 0. */
  sentence: number;
  /** The section's title, for "Resume from '…'". */
  title: string;
  /** When it was saved (ms since 1970), to keep the newest. */
  at: number;
}

function parseObject(raw: string | null): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw ?? '');
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export function parseSettings(raw: string | null): ListenSettings {
  const value = parseObject(raw);
  const settings: ListenSettings = {};
  if (typeof value.rate === 'number' && value.rate >= 0.75 && value.rate <= 2) {
    settings.rate = value.rate;
  }
  if (typeof value.voice === 'string') settings.voice = value.voice;
  return settings;
}

function asPosition(value: unknown): ListenPosition | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { section, sentence, title, at } = value as Record<string, unknown>;
  if (typeof section !== 'string' || typeof title !== 'string') return undefined;
  if (!Number.isInteger(sentence) || (sentence as number) < 0) return undefined;
  return { section, sentence: sentence as number, title, at: typeof at === 'number' ? at : 0 };
}

export function parsePositions(raw: string | null): Record<string, ListenPosition> {
  const positions: Record<string, ListenPosition> = {};
  for (const [chapter, value] of Object.entries(parseObject(raw))) {
    const position = asPosition(value);
    if (position) positions[chapter] = position;
  }
  return positions;
}

export const readSettings = () => parseSettings(readPreference(LISTEN_SETTINGS_KEY));

export const readPosition = (chapter: string): ListenPosition | undefined =>
  parsePositions(readPreference(LISTEN_POSITIONS_KEY))[chapter];
