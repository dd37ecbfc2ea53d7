/**
 * Plain text (.txt, .md) → pages of text.
 *
 * Encoding rule (`decodeText`):
 * 1. A byte-order mark decides: EF BB BF is UTF-8, FF FE UTF-16 LE, FE FF UTF-16 BE.
 * 2. No mark, but NUL bytes in every other position of the start of the file: UTF-16 without a
 *    mark (LE or BE by which half is zero).
 * 3. Otherwise strict UTF-8 (`TextDecoder('utf-8', { fatal: true })`); plain ASCII is UTF-8 too.
 * 4. Not valid UTF-8: Windows-1252 (what Word and older Windows tools write, with 0x92 for ’, 0x96
 *    for – and so on), if the file has no NUL bytes and decodes to text with almost no control
 *    characters (under 0.5%); the clerk is warned that it was read as Windows-1252. Decoded with our
 *    own table: Node's TextDecoder treats 'windows-1252' as ISO-8859-1, turning 0x92 into a control
 *    character instead of ’.
 * 5. Anything else (binary data, NUL bytes, or more than 1% control characters once decoded) is
 *    refused as 'encoding'.
 *
 * Pages (`splitTextPages`): form feeds (\f) separate pages when there are any. Otherwise page-marker
 * lines: "Page 12" / "Page 12 of 40" / "[Page 12]", "- 12 -", or a bare "12" — a marker only when
 * the numbers run in sequence (12, 13, 14…; bare numbers need at least three in a row, as a lone
 * number on a line is often just a number). The markers' numbers become the page numbers. A marker
 * normally starts its page; when the text ends right after the last marker (and there is text
 * before the first), the markers are footers and each one ends its page. Text before the first
 * starting marker is the page before it (page N−1), or is added to page 1 when the first marker is
 * "Page 1", or is dropped if empty. With neither, the text is one page and the clerk is warned.
 */
import { ImportError, type ExtractOptions, type ExtractedDocument } from '../types';
import { reportProgress, throwIfAborted } from './common';
import { cleanPages, type RawPage } from './layout';
import { linesToPageText, splitLines } from './normalise';

export const TEXT_MESSAGES = {
  notText:
    'This file does not look like a text file: it contains binary data (or a text encoding the workbench cannot read). ' +
    'If it is a PDF or Word document, give it the right extension (.pdf, .docx); otherwise save the transcript as ' +
    'plain text (UTF-8) and import it again.',
  windows1252: 'Read as Windows-1252 text (the file is not UTF-8): check that quotation marks, dashes and accented letters look right.',
  replaced: (count: number) =>
    `${count === 1 ? 'One character' : `${count.toLocaleString('en-GB')} characters`} could not be read and ${count === 1 ? 'is' : 'are'} shown as �.`,
  noPages: 'No page breaks or page numbers were found in this text file, so the whole transcript is page 1.',
  noText: 'This text file has no text in it (only spaces or blank lines), so there is nothing to import.',
} as const;

// ── Decoding ────────────────────────────────────────────────────────────────────────────────────

/** Windows-1252 bytes 0x80–0x9F (the rest is ISO-8859-1). Undefined bytes map to C1 controls, as in WHATWG. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  const units = new Uint16Array(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      units[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...units.subarray(0, end - start)));
  }
  return parts.join('');
}

/** Control characters that never appear in text (tab, line breaks and form feed excepted). */
function countControls(text: string): { nul: number; controls: number } {
  let nul = 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) nul++;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  return { nul, controls };
}

function looksLikeText(text: string, maxControlShare: number): boolean {
  const { nul, controls } = countControls(text);
  return nul === 0 && controls <= maxControlShare * Math.max(1, text.length);
}

/** UTF-16 without a byte-order mark: most of one half of each code unit is zero (English text). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return 'utf-16le';
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return 'utf-16be';
  return null;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

/** Decode a text file (see the encoding rule at the top of this file). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  let encoding: DecodedText['encoding'];
  let text: string;
  /** Decoded leniently (bad sequences become �), which only happens when the encoding is declared or clear. */
  let lenient = true;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes); // strips the mark
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes);
  } else {
    const utf16 = sniffUtf16(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
    } else {
      lenient = false;
      try {
        encoding = 'utf-8';
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        if (bytes.includes(0)) throw new ImportError('encoding', TEXT_MESSAGES.notText);
        text = decodeWindows1252(bytes);
        if (!looksLikeText(text, 0.005)) throw new ImportError('encoding', TEXT_MESSAGES.notText);
        encoding = 'windows-1252';
        warnings.push(TEXT_MESSAGES.windows1252);
      }
    }
  }
  if (!looksLikeText(text, 0.01)) throw new ImportError('encoding', TEXT_MESSAGES.notText);
  if (lenient) {
    let replaced = 0;
    for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
    // A few bad bytes in a declared encoding: say so. Many: it is not text after all.
    if (replaced > 0.01 * text.length + 2) throw new ImportError('encoding', TEXT_MESSAGES.notText);
    if (replaced > 0) warnings.push(TEXT_MESSAGES.replaced(replaced));
  }
  return { text, encoding, warnings };
}

// ── Pages ───────────────────────────────────────────────────────────────────────────────────────

type MarkerKind = 'page' | 'dash' | 'bare';

const MARKERS: { kind: MarkerKind; re: RegExp; minRun: number }[] = [
  { kind: 'page', re: /^\[?\s*page\s+(\d{1,5})(?:\s+of\s+\d{1,5})?\s*\]?$/i, minRun: 1 },
  { kind: 'dash', re: /^[-–—]\s*(\d{1,5})\s*[-–—]$/, minRun: 2 },
  { kind: 'bare', re: /^(\d{1,5})$/, minRun: 3 },
];

interface Marker {
  line: number;
  number: number;
}

/**
 * The longest run of marker lines of one kind whose numbers go up by one (other lines, and other
 * lines of the same shape, may come in between).
 */
function longestSequence(candidates: Marker[]): Marker[] {
  type Node = { marker: Marker; length: number; previous: Node | null };
  const ending = new Map<number, Node>(); // number → best chain ending with that number so far
  let best: Node | null = null;
  for (const marker of candidates) {
    const before = ending.get(marker.number - 1) ?? null;
    const node: Node = { marker, length: (before?.length ?? 0) + 1, previous: before };
    const existing = ending.get(marker.number);
    if (!existing || node.length > existing.length) ending.set(marker.number, node);
    if (!best || node.length > best.length) best = node;
  }
  const chain: Marker[] = [];
  for (let node = best; node; node = node.previous) chain.unshift(node.marker);
  return chain;
}

export interface TextPagesResult {
  pages: RawPage[];
  /** True when the page numbers come from marker lines (not the position). */
  numbered: boolean;
  split: 'form-feed' | 'markers' | 'none';
}

/** Split decoded text into pages (see the page rule at the top of this file). */
export function splitTextPages(text: string): TextPagesResult {
  if (text.includes('\f')) {
    const pieces = text.split('\f');
    while (pieces.length > 1 && pieces[pieces.length - 1]!.trim() === '') pieces.pop();
    return {
      pages: pieces.map((piece, i) => ({ index: i + 1, lines: splitLines(piece).map((line) => ({ text: line })) })),
      numbered: false,
      split: 'form-feed',
    };
  }

  const lines = splitLines(text);
  let markers: Marker[] = [];
  for (const { re, minRun } of MARKERS) {
    const candidates: Marker[] = [];
    lines.forEach((line, i) => {
      const match = re.exec(line.replace(/[\s\u00A0]+/g, ' ').trim());
      if (match) candidates.push({ line: i, number: Number(match[1]) });
    });
    const run = longestSequence(candidates);
    if (run.length >= minRun && run.length > markers.length) markers = run;
  }
  if (markers.length === 0) {
    return { pages: [{ index: 1, lines: lines.map((line) => ({ text: line })) }], numbered: false, split: 'none' };
  }

  const slice = (from: number, to: number) => lines.slice(from, to).map((line) => ({ text: line }));
  const isBlank = (from: number, to: number) => lines.slice(from, to).every((line) => line.trim() === '');
  const first = markers[0]!;
  const last = markers[markers.length - 1]!;
  const pages: RawPage[] = [];
  if (isBlank(last.line + 1, lines.length) && !isBlank(0, first.line)) {
    // Footers: each marker ends its page.
    let start = 0;
    for (const marker of markers) {
      pages.push({ index: marker.number, lines: slice(start, marker.line) });
      start = marker.line + 1;
    }
  } else {
    // Headers: each marker starts its page.
    markers.forEach((marker, i) => {
      const end = markers[i + 1]?.line ?? lines.length;
      pages.push({ index: marker.number, lines: slice(marker.line + 1, end) });
    });
    if (!isBlank(0, first.line)) {
      if (first.number > 1) pages.unshift({ index: first.number - 1, lines: slice(0, first.line) });
      else pages[0]!.lines.unshift(...slice(0, first.line));
    }
  }
  return { pages, numbered: true, split: 'markers' };
}

export async function extractText(bytes: Uint8Array, options?: ExtractOptions): Promise<ExtractedDocument> {
  throwIfAborted(options);
  if (bytes.byteLength === 0) throw new ImportError('empty', 'This file is empty (0 bytes), so there is nothing to import.');
  const decoded = decodeText(bytes);
  throwIfAborted(options);
  const split = splitTextPages(decoded.text);
  const cleaned = cleanPages(split.pages, { positional: false, source: 'text file', usePrintedNumbers: !split.numbered });
  const pages = cleaned.pages.map((page) => ({ number: page.number, text: linesToPageText(page.lines) }));
  if (pages.every((page) => page.text === '')) throw new ImportError('no_text', TEXT_MESSAGES.noText);
  const warnings = [...decoded.warnings];
  if (split.split === 'none') warnings.push(TEXT_MESSAGES.noPages);
  warnings.push(...cleaned.warnings);
  reportProgress(options, pages.length, pages.length);
  return { format: 'txt', pages, warnings };
}
