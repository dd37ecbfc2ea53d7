/**
 * Finding a quote again in a corrected transcript, by its words: where it was (exact), elsewhere
 * (moved: the nearest occurrence to where it was), or nowhere (lost, and shown to the clerk with
 * its old text). Differences in spacing and line breaks do not lose a quote.
 */

export type Anchor = { status: 'exact' | 'moved'; start: number; end: number } | { status: 'lost' };

/** The text with every run of whitespace made one space, and where each kept character came from. */
export function collapseWhitespace(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace && out.length > 0) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
    } else {
      out += ch;
      origin.push(i);
      inSpace = false;
    }
  }
  return { text: out, origin };
}

function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function nearest(positions: number[], target: number): number {
  return positions.reduce((best, p) => (Math.abs(p - target) < Math.abs(best - target) ? p : best));
}

export function reanchor(text: string, snapshot: string, oldStart: number): Anchor {
  if (text.slice(oldStart, oldStart + snapshot.length) === snapshot) {
    return { status: 'exact', start: oldStart, end: oldStart + snapshot.length };
  }
  const exactElsewhere = occurrences(text, snapshot);
  if (exactElsewhere.length > 0) {
    const start = nearest(exactElsewhere, oldStart);
    return { status: 'moved', start, end: start + snapshot.length };
  }
  const collapsed = collapseWhitespace(text);
  const needle = snapshot.trim().replace(/\s+/g, ' ');
  const matches = occurrences(collapsed.text, needle);
  if (matches.length === 0) return { status: 'lost' };
  const at = nearest(matches.map((m) => collapsed.origin[m]!), oldStart);
  const index = collapsed.origin.indexOf(at);
  const start = collapsed.origin[index]!;
  const end = collapsed.origin[index + needle.length - 1]! + 1;
  return { status: start === oldStart && end - start === snapshot.length ? 'exact' : 'moved', start, end };
}
