/**
 * PDF → pages of text, with pdf.js (legacy build, the one meant for Node).
 *
 * Page by page: each page's text items are rebuilt into lines (layout.ts), the page is cleaned up
 * and only its lines are kept, so memory stays at one page's objects plus the text. Running headers,
 * footers and page numbers are removed and the page-number rule applied afterwards (`cleanPages`),
 * because telling a running header from text needs every page.
 */
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ImportError, type ExtractOptions, type ExtractedDocument } from '../types';
import {
  cancelled,
  describePages,
  indexOfAscii,
  reportProgress,
  throwIfAborted,
  yieldToEventLoop,
} from './common';
import { buildLines, cleanPages, type PositionedText, type RawPage } from './layout';
import { linesToPageText } from './normalise';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;

/**
 * Load pdf.js once. Its worker runs in this thread (pdf.js does that in Node regardless).
 *
 * The legacy build bundles core-js, which does not only add missing built-ins (Promise.withResolvers,
 * Map.prototype.getOrInsertComputed, Uint8Array.prototype.toHex…, which pdf.js needs) but *replaces*
 * some that Node already has, for the whole process: Array.prototype.push, JSON.parse,
 * JSON.stringify and Function.prototype.toString (measured on Node 20: JSON 5× and push 4× slower
 * for every module in the backend, pdf.js included). So the built-ins are noted before the import
 * and any that were replaced are put back afterwards; additions are left, as pdf.js uses them.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const builtins = snapshotBuiltins();
    try {
      // Importing the worker module sets globalThis.pdfjsWorker, which pdf.js then uses directly
      // instead of importing "./pdf.worker.mjs" by a path (which bundlers and asar archives break).
      await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      restoreBuiltins(builtins);
    }
  })().catch((error: unknown) => {
    pdfjs = null;
    throw error;
  });
  return pdfjs;
}

type Saved = [owner: object, key: PropertyKey, descriptor: PropertyDescriptor];

/** Every function-valued data property of the global object, global constructors, their prototypes and namespaces. */
function snapshotBuiltins(): Saved[] {
  const saved: Saved[] = [];
  const seen = new Set<object>();
  const visit = (owner: unknown) => {
    if (owner === null || (typeof owner !== 'object' && typeof owner !== 'function') || seen.has(owner)) return;
    seen.add(owner);
    for (const key of Reflect.ownKeys(owner)) {
      const descriptor = Object.getOwnPropertyDescriptor(owner, key);
      if (descriptor && 'value' in descriptor && typeof descriptor.value === 'function') saved.push([owner, key, descriptor]);
    }
  };
  visit(globalThis);
  for (const key of Reflect.ownKeys(globalThis)) {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, key);
    const value: unknown = descriptor && 'value' in descriptor ? descriptor.value : undefined;
    if (typeof value === 'function') {
      visit(value);
      visit((value as { prototype?: unknown }).prototype);
    } else if (value !== null && typeof value === 'object' && value !== globalThis) visit(value); // JSON, Math, Reflect, Intl…
  }
  const typedArray: unknown = Object.getPrototypeOf(Uint8Array);
  visit(typedArray);
  visit((typedArray as { prototype?: unknown }).prototype);
  return saved;
}

function restoreBuiltins(saved: Saved[]): void {
  for (const [owner, key, descriptor] of saved) {
    const now = Object.getOwnPropertyDescriptor(owner, key);
    if (now && 'value' in now && now.value === descriptor.value) continue;
    if (now && !now.configurable) continue;
    try {
      Object.defineProperty(owner, key, descriptor);
    } catch {
      // Leave it: a property that cannot be put back is no worse than before.
    }
  }
}

export const PDF_MESSAGES = {
  notPdf:
    'This file is not a PDF: it does not start the way every PDF does. If it came from an email or a website, ' +
    'download it again; if it is a Word or text file, give it the right extension (.docx, .txt) and import it again.',
  corrupt:
    'This PDF is damaged or incomplete, so its text cannot be read. It may not have finished downloading or copying: ' +
    'get the file again and re-import it. If that does not help, ask the committee service for a new copy or the Word version.',
  encrypted:
    'This PDF is protected by a password. Remove the password (or ask the committee service for an unprotected copy) and import it again.',
  noText:
    'No text was found in this PDF: it looks like a scanned document (pictures of the pages rather than text). ' +
    'Ask the committee service for the Word version, or run the PDF through OCR (text recognition) and import the result.',
  noPages: 'This PDF has no pages.',
  incomplete:
    'This PDF does not end the way a complete PDF does, so it may be cut short (an unfinished download?). ' +
    'Check that the last pages of the transcript are all there.',
} as const;

/**
 * Load pdf.js and run it once over a tiny document, so that the first real import does not pay
 * for loading the library (about 0.2 s) and for the JavaScript engine's warm-up (measured: a
 * 100-page transcript takes about 1.7 s cold and 0.4–0.5 s warm). Call it when the app is idle.
 */
export async function preparePdfExtraction(): Promise<void> {
  await extractPdf(tinyPdf());
}

/** A valid one-page PDF with a line of text, written out by hand. */
function tinyPdf(): Uint8Array {
  const content = 'BT /F1 12 Tf 20 100 Td (Warm-up) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

/** How many pages are requested from pdf.js ahead of the one being finished. */
const PAGES_AHEAD = 4;

/** "%PDF-" must appear in the first 1,024 bytes (readers accept a little junk before it). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return indexOfAscii(bytes, '%PDF-', 0, 1024) !== -1;
}

export async function extractPdf(bytes: Uint8Array, options?: ExtractOptions): Promise<ExtractedDocument> {
  throwIfAborted(options);
  if (bytes.byteLength === 0) throw new ImportError('empty', 'This file is empty (0 bytes), so there is nothing to import.');
  if (!looksLikePdf(bytes)) throw new ImportError('corrupt', PDF_MESSAGES.notPdf);

  const warnings: string[] = [];
  // A complete PDF ends with "%%EOF" (perhaps followed by a little whitespace or junk).
  if (indexOfAscii(bytes, '%%EOF', Math.max(0, bytes.byteLength - 2048)) === -1) warnings.push(PDF_MESSAGES.incomplete);

  const lib = await loadPdfJs();
  throwIfAborted(options);

  // pdf.js takes over (detaches) the buffer it is given, and refuses Node Buffers: give it a copy,
  // so the caller's bytes stay usable (e.g. to keep the original file as an attachment).
  const data = new Uint8Array(bytes.byteLength);
  data.set(bytes);

  const task: PDFDocumentLoadingTask = lib.getDocument({
    data,
    isEvalSupported: false, // never compile PDF functions with eval / new Function
    disableFontFace: true, // no FontFace objects: we only read text
    useSystemFonts: false,
    useWorkerFetch: false, // nothing is fetched: no network
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  const onAbort = () => void task.destroy();
  options?.signal?.addEventListener('abort', onAbort, { once: true });

  let pdf: PDFDocumentProxy | null = null;
  try {
    try {
      pdf = await task.promise;
    } catch (error) {
      throw translatePdfJsError(error, options);
    }
    throwIfAborted(options);

    const total = pdf.numPages;
    if (total < 1) throw new ImportError('corrupt', PDF_MESSAGES.noPages);
    reportProgress(options, 0, total);

    // Pages are read in order, with a few requested ahead: pdf.js inflates content streams
    // asynchronously (off the JavaScript thread), so reading the next pages while this one is
    // rebuilt into lines keeps the thread busy. Memory stays bounded to PAGES_AHEAD pages.
    const readPage = async (index: number): Promise<RawPage> => {
      const page = await pdf!.getPage(index);
      try {
        const viewport = page.getViewport({ scale: 1 }).transform;
        const content = await page.getTextContent();
        const items: PositionedText[] = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str === '') continue;
          // Into the page's displayed orientation (rotation and crop box applied); flip y so that
          // it grows upwards as in PDF space.
          const m = multiply(viewport, item.transform);
          items.push({ text: item.str, x: m[4], y: -m[5], width: item.width, size: Math.hypot(m[2], m[3]) || item.height });
        }
        return { index, lines: buildLines(items) };
      } finally {
        page.cleanup();
      }
    };
    const requested = new Map<number, Promise<RawPage>>();
    const request = (index: number) => {
      if (index > total || requested.has(index)) return;
      const promise = readPage(index);
      promise.catch(() => undefined); // a page read ahead and never awaited (cancelled) must not go unhandled
      requested.set(index, promise);
    };
    const rawPages: RawPage[] = [];
    for (let index = 1; index <= total; index++) {
      // Let other work (and a cancellation) in between pages: pdf.js itself only uses microtasks here.
      await yieldToEventLoop();
      throwIfAborted(options);
      for (let ahead = index; ahead < index + PAGES_AHEAD; ahead++) request(ahead);
      try {
        rawPages.push(await requested.get(index)!);
      } catch (error) {
        throw translatePdfJsError(error, options);
      }
      requested.delete(index);
      reportProgress(options, index, total);
    }

    const cleaned = cleanPages(rawPages, { positional: true, source: 'PDF' });
    const pages = cleaned.pages.map((page) => ({ number: page.number, text: linesToPageText(page.lines) }));
    const empty = pages.filter((page) => page.text === '').map((page) => page.number);
    if (empty.length === pages.length) throw new ImportError('no_text', PDF_MESSAGES.noText);
    if (empty.length > 0) {
      warnings.push(
        `${empty.length === 1 ? 'One page has' : `${empty.length} pages have`} no text (${describePages(empty)}); ` +
          'it may be a blank or scanned page.',
      );
    }
    warnings.push(...cleaned.warnings);
    return { format: 'pdf', pages, warnings };
  } finally {
    options?.signal?.removeEventListener('abort', onAbort);
    // Frees everything pdf.js holds for the document, on success and on failure alike.
    await (pdf ? pdf.destroy() : task.destroy()).catch(() => undefined);
  }
}

/** Turn whatever pdf.js threw into an ImportError a clerk can act on. */
function translatePdfJsError(error: unknown, options: ExtractOptions | undefined): ImportError {
  if (error instanceof ImportError) return error;
  if (options?.signal?.aborted) return cancelled();
  const name = error instanceof Error || (typeof error === 'object' && error !== null) ? (error as { name?: unknown }).name : undefined;
  if (name === 'PasswordException') return new ImportError('encrypted', PDF_MESSAGES.encrypted);
  return new ImportError('corrupt', PDF_MESSAGES.corrupt);
}

function multiply(m1: number[], m2: number[]): [number, number, number, number, number, number] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}
