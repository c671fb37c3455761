// A stand-in for the browser's speech synthesis, installed before the page's own scripts run.
// It records every utterance and speaks nothing: a test says when an utterance starts, reaches a
// word boundary or ends, or lets it hang, the way Chrome's stalls do. Its cancel() fires
// "interrupted" on the utterance it drops, as Chrome does.
import type { Page } from '@playwright/test';

export interface StubVoice {
  name: string;
  lang: string;
}

export interface SpeechStubOptions {
  /** The voices getVoices() returns. Default: one US English voice. */
  voices?: StubVoice[];
  /** Voices that arrive only after this many ms, with a `voiceschanged` event. */
  voicesAfterMs?: number;
  /** No speech synthesis at all, as in a browser without it. */
  missing?: boolean;
}

declare global {
  interface Window {
    __speech: {
      /** The text of every utterance passed to speak(), in order. */
      spoken: string[];
      /** Each utterance's rate, in order. */
      rates: number[];
      cancels: number;
      /** The text of the utterance being spoken, or null. */
      current(): string | null;
      /** Fires `start`, a `boundary` or `end` on the current utterance. */
      fire(type: 'start' | 'boundary' | 'end'): void;
      /** Ends utterance after utterance until none is left or `max` have ended. */
      finishAll(max?: number): number;
    };
  }
}

export async function installSpeechStub(page: Page, options: SpeechStubOptions = {}) {
  const voices = options.voices ?? [{ name: 'Test Voice', lang: 'en-US' }];
  await page.addInitScript(
    ({ voices, voicesAfterMs, missing }) => {
      if (missing) {
        // Chromium defines it on Window.prototype; without it, `'speechSynthesis' in window` is false.
        Reflect.deleteProperty(Window.prototype, 'speechSynthesis');
        Reflect.deleteProperty(window, 'speechSynthesis');
        return;
      }
      const known = voices.map((voice, index) => ({
        ...voice,
        voiceURI: `stub:${voice.name}`,
        default: index === 0,
        localService: true,
      }));
      let current: (EventTarget & { text: string }) | null = null;
      const synth = new EventTarget() as EventTarget & Record<string, unknown>;
      let ready = voicesAfterMs === undefined;
      if (!ready) {
        setTimeout(() => {
          ready = true;
          synth.dispatchEvent(new Event('voiceschanged'));
        }, voicesAfterMs);
      }
      const record = {
        spoken: [] as string[],
        rates: [] as number[],
        cancels: 0,
        current: () => current?.text ?? null,
        fire(type: string) {
          const utterance = current;
          // An ended utterance is no longer current, before its listeners speak the next one.
          if (type === 'end') current = null;
          utterance?.dispatchEvent(new Event(type));
        },
        finishAll(max = 10_000) {
          let ended = 0;
          while (current && ended < max) {
            const utterance = current;
            current = null;
            utterance.dispatchEvent(new Event('end'));
            ended += 1;
          }
          return ended;
        },
      };
      Object.assign(synth, {
        speaking: false,
        pending: false,
        paused: false,
        getVoices: () => (ready ? known : []),
        speak(utterance: EventTarget & { text: string; rate: number }) {
          record.spoken.push(utterance.text);
          record.rates.push(utterance.rate);
          current = utterance;
        },
        cancel() {
          record.cancels += 1;
          const dropped = current;
          current = null;
          dropped?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
        },
        pause() {},
        resume() {},
      });
      class Utterance extends EventTarget {
        lang = '';
        rate = 1;
        pitch = 1;
        volume = 1;
        voice: unknown = null;
        constructor(public text = '') {
          super();
        }
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: Utterance,
        configurable: true,
      });
      Object.defineProperty(window, '__speech', { value: record });
    },
    { voices, voicesAfterMs: options.voicesAfterMs, missing: options.missing ?? false },
  );
}
