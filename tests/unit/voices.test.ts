import { describe, expect, test, vi } from 'vitest';
import {
  GIVE_UP_MS,
  pickVoice,
  primaryLanguage,
  voicesFor,
  watchVoices,
  type VoiceLike,
} from '../../src/lib/voices';

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  voiceURI: name,
  default: false,
  localService: true,
  ...extra,
});

describe('voicesFor', () => {
  test('keeps the page language, same region first, then the default, then local voices', () => {
    const voices = [
      voice('Anna', 'de-DE'),
      voice('Brit', 'en-GB'),
      voice('Zoe', 'en_US'),
      voice('Cloud', 'en-US', { localService: false }),
      voice('Def', 'en-GB', { default: true }),
    ];
    expect(voicesFor(voices, 'en-US').map((each) => each.name)).toEqual([
      'Zoe',
      'Cloud',
      'Def',
      'Brit',
    ]);
    expect(voicesFor(voices, 'fr')).toEqual([]);
    expect(primaryLanguage('EN_gb')).toBe('en');
  });
});

describe('pickVoice', () => {
  test('keeps the saved voice while it is offered, else takes the first', () => {
    const voices = [voice('A', 'en'), voice('B', 'en')];
    expect(pickVoice(voices, 'B')?.name).toBe('B');
    expect(pickVoice(voices, 'gone')?.name).toBe('A');
    expect(pickVoice([], 'B')).toBeUndefined();
  });
});

/** A speechSynthesis whose voices arrive when the test says. */
function source(initial: VoiceLike[] = []) {
  let voices = initial;
  const listeners = new Set<() => void>();
  return {
    getVoices: () => voices,
    addEventListener: (_type: 'voiceschanged', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'voiceschanged', listener: () => void) =>
      listeners.delete(listener),
    arrive(next: VoiceLike[]) {
      voices = next;
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

describe('watchVoices', () => {
  test('reports voices known at once', () => {
    const report = vi.fn();
    watchVoices(source([voice('A', 'en')]), report);
    expect(report).toHaveBeenCalledWith([expect.objectContaining({ name: 'A' })]);
  });

  test('waits through an empty list for voiceschanged, without reporting it as final', () => {
    vi.useFakeTimers();
    const voices = source();
    const report = vi.fn();
    watchVoices(voices, report);
    vi.advanceTimersByTime(GIVE_UP_MS / 2);
    expect(report).not.toHaveBeenCalled();
    voices.arrive([voice('A', 'en')]);
    expect(report).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(GIVE_UP_MS);
    expect(report).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  test('reports an empty list once it gives up, and still hears late voices', () => {
    vi.useFakeTimers();
    const voices = source();
    const report = vi.fn();
    const stop = watchVoices(voices, report);
    vi.advanceTimersByTime(GIVE_UP_MS);
    expect(report).toHaveBeenCalledExactlyOnceWith([]);
    voices.arrive([voice('A', 'en')]);
    expect(report).toHaveBeenLastCalledWith([expect.objectContaining({ name: 'A' })]);
    stop();
    expect(voices.listeners.size).toBe(0);
    vi.useRealTimers();
  });
});
