/**
 * Finding the speech voices for the page's language. Browsers load voices asynchronously: the
 * first getVoices() is often empty, Chrome fills the list later and fires `voiceschanged`, and
 * Safari may fill it without the event. So `watchVoices` reads the list at once, on every
 * `voiceschanged`, and every POLL_MS until GIVE_UP_MS, and reports each non-empty answer; if
 * none came by then, it reports an empty list once, which tells the page there is no voice.
 *
 * The easy-speech package (2.4.0) does this too, but it is one global object that rejects when
 * voices are slow, assigns `speechSynthesis.onvoiceschanged`, and ships its own speaking loop
 * (8.6 KB before minifying) that would fight the player's watchdog; this is the part we need.
 */

/** What this module needs of a voice (SpeechSynthesisVoice has these). */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  default: boolean;
  localService: boolean;
}

/** What this module needs of `speechSynthesis`. */
export interface VoiceSource<Voice extends VoiceLike = VoiceLike> {
  getVoices(): Voice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export const POLL_MS = 250;
export const GIVE_UP_MS = 3000;

/** The primary language subtag, lower case: "en-US" and "en_GB" both give "en". */
export function primaryLanguage(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/**
 * The voices that speak `lang`: the same region first (en-US for an en-US page), then the
 * browser's default, then voices on this device (they work offline and start faster), by name.
 */
export function voicesFor<Voice extends VoiceLike>(
  voices: readonly Voice[],
  lang: string,
): Voice[] {
  const wanted = primaryLanguage(lang);
  const exact = (voice: Voice) => voice.lang.replace('_', '-').toLowerCase() === lang.toLowerCase();
  const rank = (voice: Voice) =>
    (exact(voice) ? 0 : 4) + (voice.default ? 0 : 2) + (voice.localService ? 0 : 1);
  return voices
    .filter((voice) => primaryLanguage(voice.lang) === wanted)
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

/** The saved voice when it is still offered, else the best one for the language. */
export function pickVoice<Voice extends VoiceLike>(
  voices: readonly Voice[],
  saved: string | null,
): Voice | undefined {
  return voices.find((voice) => voice.voiceURI === saved) ?? voices[0];
}

/**
 * Calls `report` with the voices whenever the list is known or changes (see the header).
 * Returns a function that stops watching.
 */
export function watchVoices<Voice extends VoiceLike>(
  source: VoiceSource<Voice>,
  report: (voices: Voice[]) => void,
  timers: Pick<typeof globalThis, 'setInterval' | 'clearInterval'> = globalThis,
): () => void {
  let waited = 0;
  // Its callback first runs a tick later, once `read` exists.
  const poll = timers.setInterval(() => {
    waited += POLL_MS;
    read();
  }, POLL_MS);
  const read = () => {
    const voices = source.getVoices();
    if (voices.length > 0 || waited >= GIVE_UP_MS) {
      timers.clearInterval(poll);
      report(voices);
    }
  };
  source.addEventListener('voiceschanged', read);
  read();
  return () => {
    timers.clearInterval(poll);
    source.removeEventListener('voiceschanged', read);
  };
}
