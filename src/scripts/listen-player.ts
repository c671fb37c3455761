/**
 * Listen's player, imported on the first press (src/scripts/listen-control.ts). It wires the pure
 * logic in src/lib/ (what to read, chunks, the state machine, the watchdog rule, voices, what is
 * remembered) to speechSynthesis, the panel in ListenControl.astro, the highlight
 * (listen-highlight.ts), scrolling (listen-follow.ts) and the media keys (navigator.mediaSession).
 *
 * One utterance is spoken at a time, and the next chunk only on its `end`: the cursor then always
 * names the chunk being heard, which is what pause, the watchdog and the saved position need.
 * Events of an utterance that was replaced are ignored (each speech has its own `take`).
 */
import { chunkBlocks, chunkLimit, firstChunkOf, sectionTitles } from '../lib/listen-chunks';
import { readSettings, type ListenPosition } from '../lib/listen-prefs';
import { savePosition, saveSettings } from '../lib/listen-saves';
import { chunkAt, positionOf } from '../lib/listen-position';
import { initialState, reduce, type ListenAction, type ListenState } from '../lib/listen-queue';
import { readableBlocks } from '../lib/listen-text';
import { CHECK_EVERY_MS, isStalled } from '../lib/listen-watchdog';
import { pickVoice, voicesFor, watchVoices } from '../lib/voices';
import type { Player } from './listen-control';
import { createFollower } from './listen-follow';
import { createHighlighter } from './listen-highlight';
import { connectMediaKeys, showInMediaSession } from './listen-media';

export function createPlayer(host: HTMLElement): Player {
  // Found once: the panel leaves `host` when it opens (see open()).
  const $ = <T extends Element = HTMLElement>(selector: string) => host.querySelector<T>(selector)!;
  const panel = $('[data-listen-panel]');
  const status = $('[data-listen-status]');
  const label = $('[data-listen-label]');
  const icon = $('[data-listen-play] .listen-icon');
  const toggle = $('[data-listen-toggle]');
  const now = $('[data-listen-now]');
  const follow = $('[data-listen-follow]');
  const voiceSelect = $<HTMLSelectElement>('[data-listen-voice]');
  const rateSelect = $<HTMLSelectElement>('[data-listen-rate]');
  const chapter = host.dataset.chapter ?? '';
  const lang = document.documentElement.lang || 'en';
  const title = document.querySelector('main h1');
  const roots = [title, document.querySelector('main .sl-markdown-content')];
  const blocks = readableBlocks(roots.filter((root) => root !== null));
  const sources = blocks.map((block) => ({ text: block.text, heading: block.kind === 'heading' }));
  const settings = readSettings();
  let state: ListenState = initialState(0, settings.rate ?? 1);
  // Cut again when the speed changes (chunkLimit in src/lib/listen-chunks.ts).
  let chunks = chunkBlocks(sources, lang, chunkLimit(state.rate));
  let titles = sectionTitles(chunks, sources);
  const sectionId = (first: number) => blocks[chunks[first]!.block]!.element.id;
  let voices: SpeechSynthesisVoice[] = [];
  let lastSign = 0;
  /** The section last announced (by title: chunk indices change with the speed). */
  let lastSection = '';
  const highlighter = createHighlighter();
  const follower = createFollower(panel, (following) => (follow.hidden = following));
  const announce = (text: string) => (status.textContent = text);
  rateSelect.value = String(state.rate);

  watchVoices(speechSynthesis, (all) => {
    voices = voicesFor(all, lang);
    const chosen = pickVoice(voices, voiceSelect.value || (settings.voice ?? null));
    voiceSelect.replaceChildren(
      ...voices.map((voice) => {
        // Voice names come from the browser; textContent keeps them text.
        const option = new Option(`${voice.name} (${voice.lang})`, voice.voiceURI);
        option.selected = voice === chosen;
        return option;
      }),
    );
  });

  function speak() {
    const { take, rate } = state;
    const chunk = chunks[state.chunk]!;
    const utterance = new SpeechSynthesisUtterance(chunk.text);
    utterance.lang = lang;
    utterance.rate = rate;
    const voice = voices.find((each) => each.voiceURI === voiceSelect.value);
    if (voice) utterance.voice = voice;
    const current = () => take === state.take;
    const alive = () => current() && (lastSign = Date.now());
    utterance.addEventListener('start', alive);
    utterance.addEventListener('boundary', alive);
    utterance.addEventListener('end', () => current() && dispatch({ type: 'ended' }));
    // "interrupted" and "canceled" are the player's own cancel(); other errors count as a stall.
    utterance.addEventListener('error', (event) => {
      if (current() && !['interrupted', 'canceled'].includes(event.error)) {
        dispatch({ type: 'stalled' });
      }
    });
    speechSynthesis.cancel();
    lastSign = Date.now();
    speechSynthesis.speak(utterance);
  }

  // The watchdog (src/lib/listen-watchdog.ts): a silent utterance is cancelled and spoken again.
  let watchdog: ReturnType<typeof setInterval> | undefined;
  const watch = (on: boolean) => {
    clearInterval(watchdog);
    if (!on) return;
    watchdog = setInterval(() => {
      const chunk = chunks[state.chunk];
      if (chunk && isStalled(chunk.text, state.rate, lastSign, Date.now())) {
        dispatch({ type: 'stalled' });
      }
    }, CHECK_EVERY_MS);
  };

  function show(before: ListenState) {
    const playing = state.status === 'playing';
    const chunk = chunks[state.chunk]!;
    const section = titles.get(chunk.section) ?? '';
    // The labels say what a press will do (no aria-pressed: the name changes instead).
    label.textContent = playing ? 'Pause' : 'Play';
    icon.textContent = playing ? '❚❚' : '▶';
    toggle.textContent = playing ? 'Pause' : 'Play';
    now.textContent = `Reading: ${section}`;
    if (state.status === 'ended') {
      highlighter.clear();
      announce('Finished the chapter');
      savePosition(chapter, null);
    } else if (before.status !== state.status) {
      announce(playing ? `Playing. Reading: ${section}` : 'Paused');
    } else if (section !== lastSection) {
      announce(`Reading: ${section}`);
    }
    lastSection = section;
    if (state.status !== 'ended' && (before.chunk !== state.chunk || before.status === 'idle')) {
      const block = blocks[chunk.block]!;
      follower.keepInView(highlighter.show(block, chunk.start, chunk.end));
      const at = positionOf(
        chunks,
        state.chunk,
        { id: sectionId(chunk.section), title: section },
        Date.now(),
      );
      savePosition(chapter, at);
    }
    showInMediaSession(playing, title?.textContent ?? document.title, section);
  }

  function dispatch(action: ListenAction) {
    const before = state;
    state = reduce(state, action, chunks);
    if (state === before) return;
    const playing = state.status === 'playing';
    if (playing && (before.status !== 'playing' || state.take !== before.take)) speak();
    if (!playing && before.status === 'playing') speechSynthesis.cancel();
    watch(playing);
    show(before);
  }

  function open() {
    if (!panel.hidden) return;
    $('[data-listen-resume]').hidden = true; // playing replaces the saved position
    document.body.append(panel);
    panel.hidden = false;
    document.body.toggleAttribute('data-listening', true);
    follower.start();
  }

  // The panel's controls.
  toggle.addEventListener('click', () => dispatch({ type: 'toggle' }));
  for (const button of panel.querySelectorAll<HTMLElement>('[data-listen-move]')) {
    const [by, direction] = button.dataset.listenMove!.split(':');
    const move = { type: 'move', by, direction: Number(direction) } as ListenAction;
    button.addEventListener('click', () => dispatch(move));
  }
  rateSelect.addEventListener('change', () => {
    const rate = Number(rateSelect.value);
    saveSettings({ rate });
    const sentence = chunks[state.chunk]!.sentence;
    chunks = chunkBlocks(sources, lang, chunkLimit(rate));
    titles = sectionTitles(chunks, sources);
    dispatch({ type: 'rate', rate, chunk: firstChunkOf(chunks, sentence) });
  });
  voiceSelect.addEventListener('change', () => {
    saveSettings({ voice: voiceSelect.value });
    if (state.status === 'playing') dispatch({ type: 'seek', chunk: state.chunk });
  });
  follow.addEventListener('click', () => follower.resume());
  $('[data-listen-stop]').addEventListener('click', () => {
    dispatch({ type: 'pause' });
    highlighter.clear();
    panel.hidden = true;
    document.body.toggleAttribute('data-listening', false);
    follower.end();
    announce('Stopped');
  });

  connectMediaKeys(dispatch);
  addEventListener('pagehide', () => speechSynthesis.cancel());

  return {
    toggle() {
      open();
      dispatch({ type: 'toggle' });
    },
    resume(position: ListenPosition) {
      open();
      const chunk = chunkAt(chunks, position, sectionId) ?? 0;
      dispatch({ type: 'seek', chunk });
      dispatch({ type: 'play' });
    },
  };
}
