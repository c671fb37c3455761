import { describe, expect, test } from 'vitest';
import { isTextEntry, opensSearch, type ShortcutKey } from '../../src/lib/search-shortcut';

const slash: ShortcutKey = {
  key: '/',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  defaultPrevented: false,
};
const body = { tagName: 'BODY', isContentEditable: false };

describe('opensSearch', () => {
  test('opens search for "/" pressed on the page', () => {
    expect(opensSearch(slash, body)).toBe(true);
    expect(opensSearch(slash, { tagName: 'BUTTON', isContentEditable: false })).toBe(true);
    expect(opensSearch(slash, null)).toBe(true);
  });

  test('ignores other keys', () => {
    expect(opensSearch({ ...slash, key: 'k' }, body)).toBe(false);
    expect(opensSearch({ ...slash, key: '?' }, body)).toBe(false);
  });

  test('leaves "/" with Ctrl, Cmd or Alt to the browser', () => {
    expect(opensSearch({ ...slash, ctrlKey: true }, body)).toBe(false);
    expect(opensSearch({ ...slash, metaKey: true }, body)).toBe(false);
    expect(opensSearch({ ...slash, altKey: true }, body)).toBe(false);
  });

  test('refuses while typing, composing, or when the page handled the key', () => {
    expect(opensSearch(slash, { tagName: 'INPUT', isContentEditable: false })).toBe(false);
    expect(opensSearch({ ...slash, isComposing: true }, body)).toBe(false);
    expect(opensSearch({ ...slash, defaultPrevented: true }, body)).toBe(false);
  });
});

describe('isTextEntry', () => {
  test('counts inputs, text areas, selects and editable content', () => {
    for (const tagName of ['INPUT', 'textarea', 'SELECT']) {
      expect(isTextEntry({ tagName, isContentEditable: false })).toBe(true);
    }
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
  });

  test('does not count buttons, links or the page', () => {
    for (const tagName of ['BUTTON', 'A', 'BODY']) {
      expect(isTextEntry({ tagName, isContentEditable: false })).toBe(false);
    }
  });
});
