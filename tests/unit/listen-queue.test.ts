import { describe, expect, test } from 'vitest';
import { chunksOf } from '../support/listen';
import {
  initialState,
  MAX_RETRIES,
  reduce,
  target,
  type ListenAction,
  type ListenState,
} from '../../src/lib/listen-queue';

/** Sections start at chunks 0 and 4; sentence 2 is two chunks long. */
const chunks = chunksOf([
  [0, 0],
  [1, 0],
  [2, 0],
  [2, 0],
  [3, 4],
  [4, 4],
]);

const run = (actions: ListenAction[], state: ListenState = initialState()) =>
  actions.reduce((current, action) => reduce(current, action, chunks), state);

describe('reduce', () => {
  test('plays chunk after chunk and ends after the last', () => {
    let state = run([{ type: 'play' }]);
    expect(state).toMatchObject({ status: 'playing', chunk: 0 });
    state = run(
      Array.from({ length: 5 }, () => ({ type: 'ended' }) as const),
      state,
    );
    expect(state).toMatchObject({ status: 'playing', chunk: 5 });
    expect(run([{ type: 'ended' }], state).status).toBe('ended');
  });

  test('pause keeps the current chunk, and play speaks it again from its start', () => {
    const playing = run([{ type: 'play' }, { type: 'ended' }, { type: 'ended' }]);
    const paused = run([{ type: 'pause' }], playing);
    expect(paused).toMatchObject({ status: 'paused', chunk: 2 });
    const resumed = run([{ type: 'toggle' }], paused);
    expect(resumed).toMatchObject({ status: 'playing', chunk: 2 });
    expect(resumed.take).toBeGreaterThan(paused.take);
  });

  test('a stalled chunk is spoken again, then skipped after too many retries', () => {
    let state = run([{ type: 'play' }, { type: 'stalled' }]);
    expect(state).toMatchObject({ chunk: 0, retries: 1, take: 2 });
    state = run(
      Array.from({ length: MAX_RETRIES }, () => ({ type: 'stalled' }) as const),
      state,
    );
    expect(state).toMatchObject({ chunk: 1, retries: 0 });
  });

  test('a new speed restarts the chunk while playing and is kept while paused', () => {
    const playing = run([{ type: 'play' }, { type: 'rate', rate: 1.5 }]);
    expect(playing).toMatchObject({ rate: 1.5, chunk: 0, take: 2 });
    expect(run([{ type: 'rate', rate: 9 }]).rate).toBe(1);
    expect(run([{ type: 'rate', rate: 0.75 }]).take).toBe(0);
    // Cut anew for the speed: the cursor moves to where its sentence now starts.
    expect(run([{ type: 'play' }, { type: 'rate', rate: 2, chunk: 3 }])).toMatchObject({
      chunk: 3,
      rate: 2,
    });
  });

  test('play after the end starts over', () => {
    const ended = { ...initialState(5), status: 'ended' as const };
    expect(run([{ type: 'play' }], ended)).toMatchObject({ status: 'playing', chunk: 0 });
  });
});

describe('target', () => {
  test('next sentence skips the rest of a long sentence; next section jumps to its heading', () => {
    expect(target(chunks, 2, 'sentence', 1)).toBe(4);
    expect(target(chunks, 1, 'section', 1)).toBe(4);
    expect(target(chunks, 5, 'sentence', 1)).toBe(5);
  });

  test('back goes to the start of the current one when past it, else to the one before', () => {
    expect(target(chunks, 3, 'sentence', -1)).toBe(2);
    expect(target(chunks, 2, 'sentence', -1)).toBe(1);
    expect(target(chunks, 5, 'section', -1)).toBe(4);
    expect(target(chunks, 4, 'section', -1)).toBe(0);
    expect(target(chunks, 0, 'section', -1)).toBe(0);
  });
});
