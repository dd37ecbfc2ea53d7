/**
 * Text normalisation applied to every page, whatever the source format.
 *
 * - Unicode NFC (so "é" typed two ways is one string, and search and quoting agree);
 * - line endings become \n; vertical tab, form feed and U+2028/U+2029 are line breaks;
 * - non-breaking and other typographic spaces become plain spaces;
 * - soft hyphens, zero-width characters, byte-order marks and direction marks are dropped, as are
 *   other control characters (tabs are kept: Word tabs separate a label from its text);
 * - runs of spaces inside a line collapse to one; lines are trimmed at both ends;
 * - at most one blank line in a row; no blank lines at the start or end of a page.
 * Curly quotes, dashes, ellipses and the like are kept exactly: they are quoted in the report.
 */

// U+00A0 NBSP, U+1680, U+2000–U+200A (en/em/thin/hair… spaces), U+202F narrow NBSP, U+205F, U+3000.
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Soft hyphen, zero-width space/non-joiner/joiner, LRM/RLM, word joiner, invisible operators, BOM.
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/g;
const LINE_BREAKS = /\r\n?|[\v\f\u2028\u2029\u0085]/g;
// C0 controls other than tab and newline, DEL, and C1 controls.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Normalise one line (no line breaks inside). */
export function normaliseLine(line: string): string {
  return line
    .normalize('NFC')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * Normalise lines into a page's text: each line ends in \n; an empty page is ''.
 * Accepts lines that still contain line breaks (they are split).
 */
export function linesToPageText(lines: Iterable<string>): string {
  const out: string[] = [];
  let blank = 0;
  for (const raw of lines) {
    for (const piece of raw.replace(LINE_BREAKS, '\n').split('\n')) {
      const line = normaliseLine(piece);
      if (line === '') {
        blank++;
        continue;
      }
      if (blank > 0 && out.length > 0) out.push('');
      blank = 0;
      out.push(line);
    }
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Normalise a block of text into a page's text. */
export function normalisePageText(text: string): string {
  return linesToPageText([text]);
}

/** Split text into lines on any line break (\r\n, \r, \n, vertical tab, U+2028…), but not on form feed. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|[\n\v\u2028\u2029\u0085]/);
}
