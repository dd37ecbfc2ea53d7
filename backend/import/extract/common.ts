/**
 * Small pieces shared by the extractors: limits, cancellation, progress and clerk-readable sizes.
 */
import { ImportError, type ExtractOptions } from '../types';

const MB = 1024 * 1024;

/** The largest transcript file the workbench imports. The caller should also stat before reading. */
export const MAX_TRANSCRIPT_BYTES = 200 * MB;

/** Limits for Word files (zip archives). Exported so tests can see what they test against. */
export const DOCX_LIMITS = {
  /** More entries than any real Word file has (a long report with images has a few hundred). */
  maxEntries: 2_000,
  /** word/document.xml may inflate to this at most. */
  maxDocumentXmlBytes: 200 * MB,
  /** All entries together, as declared in the archive's directory. */
  maxTotalDeclaredBytes: 500 * MB,
  /** Inflated : compressed, checked on entries that inflate past `ratioCheckFromBytes`. */
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 10 * MB,
} as const;

export type DocxLimits = { -readonly [K in keyof typeof DOCX_LIMITS]: number };

/** "512 MB", "1.5 MB", "200.4 MB" (a decimal is kept when rounding would hide the difference). */
export function formatMegabytes(bytes: number, comparedWith = MAX_TRANSCRIPT_BYTES): string {
  const mb = bytes / MB;
  const whole = Math.round(mb);
  if (mb < 10 || whole === Math.round(comparedWith / MB)) {
    return `${(Math.round(mb * 10) / 10).toLocaleString('en-GB')} MB`;
  }
  return `${whole.toLocaleString('en-GB')} MB`;
}

/** “hearing.pdf” (or “the file” when there is no name). */
export function quoteName(fileName: string | undefined): string {
  const base = fileName ? fileName.split(/[\\/]/).pop() : '';
  return base ? `“${base}”` : 'the file';
}

export function cancelled(): ImportError {
  return new ImportError('cancelled', 'The import was cancelled.');
}

/** Throw `cancelled` if the import has been cancelled. Call between units of work. */
export function throwIfAborted(options: ExtractOptions | undefined): void {
  if (options?.signal?.aborted) throw cancelled();
}

/** Call the progress callback without letting a faulty callback break the import. */
export function reportProgress(options: ExtractOptions | undefined, done: number, total: number | null): void {
  try {
    options?.onProgress?.(done, total);
  } catch {
    // Progress is advisory; a broken listener must not fail an import.
  }
}

/** Resolve on the next turn of the event loop, so that an abort (and other I/O) can be noticed. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** "page 3", "pages 3 and 7", "pages 3, 7 and 9", "12 pages" (when there are many). */
export function describePages(numbers: number[]): string {
  if (numbers.length === 1) return `page ${numbers[0]}`;
  if (numbers.length > 6) return `${numbers.length} pages`;
  return `pages ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** True when `bytes` starts with `prefix` (at `offset`). */
export function startsWith(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[offset + i] !== prefix[i]) return false;
  return true;
}

/** Index of an ASCII string in bytes[from, to), or -1. */
export function indexOfAscii(bytes: Uint8Array, text: string, from = 0, to = bytes.length): number {
  const first = text.charCodeAt(0);
  const end = Math.min(to, bytes.length) - text.length;
  outer: for (let i = Math.max(0, from); i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
