/**
 * When "/" opens the site search, as on GitHub, MDN and YouTube. It never fires while the
 * learner is typing (a text field, a select or editable content has focus), so "/" still types a
 * slash there, and never with Ctrl, Cmd or Alt held, which belong to the browser and to
 * Starlight's own Ctrl/Cmd+K. Shift is allowed: some keyboard layouts need it to type "/".
 */

/** The parts of a `keydown` event the decision needs, so it can be tested without a browser. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The key is part of an input-method composition (Chinese, Japanese, …). */
  isComposing: boolean;
  defaultPrevented: boolean;
}

/** The focused element, as far as typing is concerned. */
export interface ShortcutTarget {
  tagName: string;
  isContentEditable: boolean;
}

const TEXT_ENTRY = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** True when focus is somewhere the learner types or picks a value. */
export function isTextEntry(target: ShortcutTarget | null): boolean {
  if (!target) return false;
  return TEXT_ENTRY.has(target.tagName.toUpperCase()) || target.isContentEditable;
}

/** True when this key press should open search instead of reaching the page. */
export function opensSearch(event: ShortcutKey, target: ShortcutTarget | null): boolean {
  if (event.key !== '/' || event.defaultPrevented || event.isComposing) return false;
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return !isTextEntry(target);
}
