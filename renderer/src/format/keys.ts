/** Keyboard words as the clerk's own keyboard prints them: ⌘ on a Mac, Ctrl elsewhere. */

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** The key that goes with K to open search: "⌘" or "Ctrl". */
export function commandKey(): string {
  return isMac() ? '⌘' : 'Ctrl';
}
