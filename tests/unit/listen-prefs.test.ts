import { describe, expect, test } from 'vitest';
import { parsePositions, parseSettings, type ListenPosition } from '../../src/lib/listen-prefs';
import { MAX_POSITIONS, withPosition } from '../../src/lib/listen-saves';

const at = (time: number, title = 'Tokens'): ListenPosition => ({
  section: 'tokens',
  sentence: 2,
  title,
  at: time,
});

describe('parseSettings', () => {
  test('keeps a speed in range and a voice, and ignores anything else', () => {
    expect(parseSettings('{"rate":1.5,"voice":"Zoe"}')).toEqual({ rate: 1.5, voice: 'Zoe' });
    expect(parseSettings('{"rate":7,"voice":3}')).toEqual({});
    expect(parseSettings('not json')).toEqual({});
    expect(parseSettings(null)).toEqual({});
  });
});

describe('parsePositions', () => {
  test('keeps well-formed positions and drops damaged ones', () => {
    const raw = JSON.stringify({
      good: at(5),
      negative: { ...at(1), sentence: -1 },
      untitled: { section: 'x', sentence: 0 },
    });
    expect(parsePositions(raw)).toEqual({ good: at(5) });
    expect(parsePositions('[1,2]')).toEqual({});
  });
});

describe('withPosition', () => {
  test('sets and clears a chapter, keeping only the newest chapters', () => {
    let positions: Record<string, ListenPosition> = {};
    for (let index = 0; index <= MAX_POSITIONS; index += 1) {
      positions = withPosition(positions, `chapter-${index}`, at(index));
    }
    expect(Object.keys(positions)).toHaveLength(MAX_POSITIONS);
    expect(positions['chapter-0']).toBeUndefined();
    expect(withPosition(positions, 'chapter-3', null)['chapter-3']).toBeUndefined();
  });
});
