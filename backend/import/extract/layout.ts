/**
 * Page layout clean-up shared by the extractors (pure functions, no I/O):
 *
 * - `buildLines` rebuilds lines from positioned PDF text items;
 * - `cleanPages` removes running headers and footers and bare page numbers, and decides the page
 *   numbers (see the rules on `cleanPages`).
 */
import { normaliseLine } from './normalise';

/** A positioned run of text from a PDF page (PDF user space: y grows upwards). */
export interface PositionedText {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width in user space. */
  width: number;
  /** Font size (height of the em square) in user space. */
  size: number;
}

/** A line of a page, top to bottom. `y` is the baseline when the source has positions (PDF). */
export interface RawLine {
  text: string;
  y?: number;
}

export interface RawPage {
  /** Position of the page in the file, from 1. */
  index: number;
  lines: RawLine[];
}

export interface CleanedPage {
  number: number;
  /** The page's lines with running headers, footers and page numbers removed (normalised). */
  lines: string[];
}

export interface CleanResult {
  pages: CleanedPage[];
  /** How many running header/footer lines were removed. */
  removedRunningLines: number;
  /** How many page-number lines were removed. */
  removedPageNumbers: number;
  /** printed number − position, when the printed numbers were used; 0 otherwise. */
  offset: number;
  warnings: string[];
}

/**
 * Rebuild a page's lines from text items: items whose baselines are close (within half the larger
 * font size, which also keeps superscript footnote marks on their line) form a line; a line's
 * items are ordered left to right, with a space put in wherever the gap between two items is wider
 * than about a sixth of the font size and neither side already has one.
 */
export function buildLines(items: PositionedText[]): RawLine[] {
  const sorted = items
    .filter((item) => item.text.length > 0 && Number.isFinite(item.x) && Number.isFinite(item.y))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: { y: number; size: number; items: PositionedText[] }[] = [];
  for (const item of sorted) {
    const size = item.size > 0 ? item.size : 10;
    const current = groups[groups.length - 1];
    if (current && Math.abs(current.y - item.y) <= Math.max(1, 0.5 * Math.max(current.size, size))) {
      current.items.push(item);
      // The line's reference baseline and size are those of its largest text (not a superscript).
      if (size > current.size) {
        current.size = size;
        current.y = item.y;
      }
    } else {
      groups.push({ y: item.y, size, items: [item] });
    }
  }
  return groups.map((group) => {
    const parts = group.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const part of parts) {
      const gap = part.x - end;
      const size = part.size > 0 ? part.size : group.size;
      if (text !== '' && gap > 0.16 * size && !/\s$/.test(text) && !/^\s/.test(part.text)) text += ' ';
      text += part.text;
      end = Math.max(end, part.x + Math.max(0, part.width));
    }
    return { text, y: group.y };
  });
}

// ── Page numbers ────────────────────────────────────────────────────────────────────────────────

/** A line that is nothing but a page number: "12", "Page 12", "Page 12 of 40", "12 of 40", "- 12 -". */
const PAGE_NUMBER_LINE = [
  /^page\s*(\d{1,5})(?:\s*(?:of|\/)\s*\d{1,5})?\.?$/i,
  /^(\d{1,5})(?:\s+of\s+\d{1,5})?$/i,
  /^[-–—]\s*(\d{1,5})\s*[-–—]$/,
  /^\[\s*(\d{1,5})\s*\]$/,
];
/** "… Page 12" or "… Page 12 of 40" at the end of a running header or footer. */
const TRAILING_PAGE_NUMBER = /(?:^|[\s|–—-])page\s+(\d{1,5})(?:\s+of\s+\d{1,5})?$/i;

/** The number if the line is only a page number, else null. */
export function pageNumberOfLine(line: string): number | null {
  const text = line.trim();
  for (const re of PAGE_NUMBER_LINE) {
    const match = re.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}

// ── Running headers and footers ─────────────────────────────────────────────────────────────────

/** How many non-empty lines at the top and at the bottom of a page can be a header or footer. */
const ZONE_LINES = 3;
/** Baselines of one running header differ by at most this much from page to page (PDF points). */
const Y_TOLERANCE = 4;

/** A header's identity across pages: case and spacing ignored, digits allowed to vary (see `pageLike`). */
function runningKey(text: string): string | null {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\d+/g, '#');
  // Too short to be sure of, too long to be a header, or a speaker label ("Name AM (Chair):").
  if (key.length < 3 || key.length > 160 || key.endsWith(':') || !/\p{L}/u.test(key)) return null;
  return key;
}

interface Occurrence {
  page: number;
  line: number;
  y: number | undefined;
  text: string;
  pageIndex: number;
}

/**
 * Of lines that match but for their digits, those that are one running header: all the same
 * text, or — when the text differs — differing only in one number that goes up with the page
 * (its value minus the page's position is the same; other numbers stay the same), as in
 * "Page 3 of 40" or "Transcript – 3". Lines of text that merely differ by a number
 * ("Question 12…" / "Question 31…") are not a running header.
 */
function pageLike(list: Occurrence[]): Occurrence[] {
  const texts = new Set(list.map((o) => o.text.toLowerCase().replace(/\s+/g, ' ')));
  if (texts.size === 1) return list;
  const numbers = list.map((o) => (o.text.match(/\d+/g) ?? []).map(Number));
  const slots = Math.min(...numbers.map((n) => n.length));
  let best: Occurrence[] = [];
  for (let k = 0; k < slots; k++) {
    const byOffset = new Map<number, number[]>();
    list.forEach((o, i) => {
      const offset = numbers[i]![k]! - o.pageIndex;
      const group = byOffset.get(offset) ?? [];
      group.push(i);
      byOffset.set(offset, group);
    });
    for (const members of byOffset.values()) {
      const steady = numbers[members[0]!]!.every((value, slot) => slot === k || members.every((i) => numbers[i]![slot] === value));
      if (steady && members.length > best.length) best = members.map((i) => list[i]!);
    }
  }
  return best;
}

export interface CleanOptions {
  /** Lines carry `y` (PDF): a running header must also sit at the same height on each page. */
  positional: boolean;
  /** What the pages are called in warnings ("PDF", "text file"). */
  source: string;
  /**
   * Apply the printed-number rule (default true). False when the pages' numbers are already known
   * (a text file split at "Page N" markers): then `index` is used as the number as it is.
   */
  usePrintedNumbers?: boolean;
}

/**
 * Remove running headers, footers and page numbers, and number the pages.
 *
 * Running headers and footers: a line among the first or last three non-empty lines of a page (fewer
 * on a short page: a third of its lines at each end, at least one) is a running header or footer
 * when the same text — ignoring case and spacing, and letting a number vary only as a page number
 * does (see `pageLike`), so "Police and Crime Committee – 15 January 2025" and "Transcript – page
 * 3" match from page to page — is there on at least 40% of the pages and on at least 2 pages (PDF; it must also sit at
 * the same height, within 4 points, which is what makes a running header), or on at least half of
 * the pages and at least 3 pages (text files and Word, where there are no positions to check).
 * Lines ending in a colon are never removed: they are speaker labels. Blank lines are kept (and
 * do not count towards the zones).
 *
 * Page numbers: a line that is only a page number ("12", "Page 12", "Page 12 of 40", "- 12 -") in
 * the same top/bottom zone is removed, and its number noted, as is a "Page 12" at the end of a
 * running header or footer. When the page numbers are already known (`usePrintedNumbers: false`),
 * only a page-number line that matches its page's number is removed (other numbers are text). Pages keep their position in the file as their number, unless the
 * printed numbers are consistently offset from it: printed numbers found on at least half of the
 * pages (and at least 2), 90% of them agreeing on one offset from the position, and that offset
 * positive (printed number greater than the position; for example a transcript printed as pages
 * 45–60 of an agenda pack). Then every page takes position + offset, so pages without a printed
 * number still get the number they would have had. An offset that would number a page 0 or below
 * (unnumbered front pages) is not used, and the clerk is told.
 */
export function cleanPages(pages: RawPage[], options: CleanOptions): CleanResult {
  const numbersKnown = options.usePrintedNumbers === false;
  const prepared = pages.map((page) => {
    const lines = page.lines.map((line) => ({ text: normaliseLine(line.text), y: line.y }));
    const filled = lines.flatMap((line, i) => (line.text === '' ? [] : [i]));
    return { index: page.index, lines, zone: zoneIndices(filled), remove: new Set<number>(), printed: null as number | null };
  });

  // Page numbers in the zones.
  let removedPageNumbers = 0;
  for (const page of prepared) {
    for (const i of page.zone) {
      const number = pageNumberOfLine(page.lines[i]!.text);
      if (number === null || (numbersKnown && number !== page.index)) continue;
      page.remove.add(i);
      removedPageNumbers++;
      page.printed ??= number;
    }
  }

  // Running headers and footers.
  const occurrences = new Map<string, Occurrence[]>();
  prepared.forEach((page, p) => {
    for (const i of page.zone) {
      if (page.remove.has(i)) continue;
      const key = runningKey(page.lines[i]!.text);
      if (key === null) continue;
      let list = occurrences.get(key);
      if (!list) occurrences.set(key, (list = []));
      list.push({ page: p, line: i, y: page.lines[i]!.y, text: page.lines[i]!.text, pageIndex: page.index });
    }
  });
  const minPages = options.positional
    ? Math.max(2, Math.ceil(0.4 * prepared.length))
    : Math.max(3, Math.ceil(0.5 * prepared.length));
  let removedRunningLines = 0;
  for (const list of occurrences.values()) {
    if (distinctPages(list) < minPages) continue;
    const chosen = pageLike(options.positional ? largestYCluster(list) : list);
    if (distinctPages(chosen) < minPages) continue;
    for (const occurrence of chosen) {
      const page = prepared[occurrence.page]!;
      page.remove.add(occurrence.line);
      removedRunningLines++;
      if (page.printed === null) {
        const match = TRAILING_PAGE_NUMBER.exec(page.lines[occurrence.line]!.text);
        if (match) page.printed = Number(match[1]);
      }
    }
  }

  // Numbering.
  const warnings: string[] = [];
  const offset = numbersKnown
    ? null
    : printedOffset(prepared.map((page) => ({ index: page.index, printed: page.printed })));
  let used = 0;
  if (offset !== null && offset > 0) used = offset;
  else if (offset !== null && offset < 0) {
    warnings.push(
      `The page numbers printed in the ${options.source} start after ${-offset} unnumbered page${offset === -1 ? '' : 's'}, ` +
        `so pages are numbered by their position in the file (printed page 1 is page ${1 - offset} here).`,
    );
  }

  return {
    pages: prepared.map((page) => ({
      number: page.index + used,
      lines: page.lines.filter((_, i) => !page.remove.has(i)).map((line) => line.text),
    })),
    removedRunningLines,
    removedPageNumbers,
    offset: used,
    warnings,
  };
}

/**
 * Of the indices of a page's non-empty lines, the first and last ZONE_LINES (each once). On a short
 * page the zones shrink (a third of the lines at each end, at least one), so that a page's body is
 * never all "zone".
 */
function zoneIndices(filled: number[]): number[] {
  const count = filled.length;
  const chosen = new Set<number>();
  const size = Math.min(ZONE_LINES, Math.max(1, Math.floor(count / 3)));
  for (let i = 0; i < Math.min(size, count); i++) {
    chosen.add(filled[i]!);
    chosen.add(filled[count - 1 - i]!);
  }
  return [...chosen].sort((a, b) => a - b);
}

function distinctPages(list: { page: number }[]): number {
  return new Set(list.map((o) => o.page)).size;
}

/** The occurrences whose baselines lie within Y_TOLERANCE of each other, covering the most pages. */
function largestYCluster<T extends { page: number; y: number | undefined }>(list: T[]): T[] {
  const sorted = list.filter((o) => o.y !== undefined).sort((a, b) => a.y! - b.y!);
  let best: T[] = [];
  let bestPages = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]!.y! - sorted[start]!.y! > Y_TOLERANCE) start++;
    const window = sorted.slice(start, end + 1);
    const pages = distinctPages(window);
    if (pages > bestPages) {
      best = window;
      bestPages = pages;
    }
  }
  return best;
}

/**
 * The offset between printed page numbers and positions, when they agree consistently enough to
 * be trusted (see `cleanPages`); 0 when they match the positions; null when there is no
 * consistent printed numbering.
 */
export function printedOffset(pages: { index: number; printed: number | null }[]): number | null {
  const found = pages.filter((page) => page.printed !== null);
  if (found.length < 2 || found.length < 0.5 * pages.length) return null;
  const counts = new Map<number, number>();
  for (const page of found) {
    const offset = page.printed! - page.index;
    counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [offset, count] of counts) {
    if (count > bestCount) {
      best = offset;
      bestCount = count;
    }
  }
  return bestCount >= 0.9 * found.length ? best : null;
}
