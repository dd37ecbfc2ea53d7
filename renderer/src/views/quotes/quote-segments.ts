/**
 * Pure helpers for quotes in the reader: cutting a row's text at every quote (and search match)
 * boundary so that overlapping quotes stay readable, and moving a quote's ends by a word.
 */

export interface QuoteSpan {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  /** Absolute offsets in the transcript's text: [start, end). */
  start: number;
  end: number;
  /** The quotes covering the whole segment, outermost (earliest, longest) first. */
  quoteIds: string[];
  /** Whether a search match covers it. */
  match: boolean;
}

/** Outermost first: earlier start, then longer. */
export function byNesting(a: QuoteSpan, b: QuoteSpan): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}

/**
 * Cuts the text [base, base + length) at every boundary of the quotes and of the search matches
 * (given relative to base). Every segment knows which quotes cover it; no segment is empty.
 */
export function segmentText(base: number, length: number, quotes: readonly QuoteSpan[], matches: readonly [number, number][] = []): Segment[] {
  const end = base + length;
  if (length <= 0) return [];
  const cuts = new Set<number>([base, end]);
  const inside = (n: number) => n > base && n < end;
  const relevant = quotes.filter((q) => q.start < end && q.end > base).sort(byNesting);
  for (const q of relevant) {
    if (inside(q.start)) cuts.add(q.start);
    if (inside(q.end)) cuts.add(q.end);
  }
  const absoluteMatches = matches.map(([s, e]) => [base + s, base + e] as const);
  for (const [s, e] of absoluteMatches) {
    if (inside(s)) cuts.add(s);
    if (inside(e)) cuts.add(e);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (e <= s) continue;
    segments.push({
      start: s,
      end: e,
      quoteIds: relevant.filter((q) => q.start <= s && q.end >= e).map((q) => q.id),
      match: absoluteMatches.some(([ms, me]) => ms <= s && me >= e),
    });
  }
  return segments;
}

const SPACE = /\s/;

/**
 * Moves one end of a quote by a word (a run of non-space characters) in the transcript's text.
 * Returns the new extent, or null when the move would leave nothing quoted or fall off the text.
 */
export function nudge(text: string, extent: { start: number; end: number }, which: 'start' | 'end', direction: -1 | 1): { start: number; end: number } | null {
  let { start, end } = extent;
  const isSpace = (i: number) => SPACE.test(text[i] ?? ' ');
  if (which === 'end') {
    if (direction === 1) {
      let i = end;
      while (i < text.length && isSpace(i)) i += 1;
      if (i >= text.length) return null;
      while (i < text.length && !isSpace(i)) i += 1;
      end = i;
    } else {
      let i = end;
      // Back over the last word, then the spaces before it: the end of the word before.
      while (i > start && isSpace(i - 1)) i -= 1;
      while (i > start && !isSpace(i - 1)) i -= 1;
      while (i > start && isSpace(i - 1)) i -= 1;
      if (i <= start) return null;
      end = i;
    }
  } else if (direction === -1) {
    let i = start;
    while (i > 0 && isSpace(i - 1)) i -= 1;
    if (i <= 0 && start === 0) return null;
    while (i > 0 && !isSpace(i - 1)) i -= 1;
    if (i === start) return null;
    start = i;
  } else {
    let i = start;
    while (i < end && !isSpace(i)) i += 1;
    while (i < end && isSpace(i)) i += 1;
    if (i >= end) return null;
    start = i;
  }
  return { start, end };
}

/** A long text shortened in the middle: "first words … last words". */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const half = Math.floor((max - 3) / 2);
  const head = clean.slice(0, half).replace(/\s+\S*$/, '');
  const tail = clean.slice(clean.length - half).replace(/^\S*\s+/, '');
  return `${head} … ${tail}`;
}

/** "p.17" or "p.10-11", as the report cites pages. */
export function pagesLabel(pageStart: number, pageEnd: number): string {
  return pageEnd > pageStart ? `p.${pageStart}-${pageEnd}` : `p.${pageStart}`;
}

/** Who said it, when that is known (a lost quote no longer sits in a speaker's turn). */
export function speakerOf(quote: { speaker: string; personId: string | null; speakerTurnId: string | null }): string | null {
  return quote.personId || quote.speakerTurnId ? quote.speaker : null;
}
