/** PDF extraction on real PDFs (pdf-lib, and an encrypted one written by hand). */
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractPdf, PDF_MESSAGES, preparePdfExtraction } from '../../../backend/import/extract/pdf';
import { extractTranscript } from '../../../backend/import/extract';
import { HEADER, makeEncryptedPdf, makeImageOnlyPdf, makeTranscriptPdf } from '../../fixtures/extract/make-fixtures';
import { expectImportError, randomBytes } from './helpers';

// Noted before pdf.js is first loaded (it is loaded lazily, on the first extraction).
const nativePush = Array.prototype.push;
const nativeJsonParse = JSON.parse;
const nativeJsonStringify = JSON.stringify;
const nativeToString = Function.prototype.toString;

const T = 30_000;

describe('PDF transcripts', () => {
  it(
    'keeps the text of every page, in order, without the running header and the page numbers',
    async () => {
      const { bytes, body } = await makeTranscriptPdf({ pages: 6, wordByWord: true });
      const doc = await extractPdf(bytes);
      expect(doc.format).toBe('pdf');
      expect(doc.warnings).toEqual([]);
      expect(doc.pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5, 6]);
      doc.pages.forEach((page, i) => expect(page.text).toBe(`${body[i]!.join('\n')}\n`));
      // The title block repeats the header's words but not its place on the page: it stays.
      expect(doc.pages[0]!.text.split('\n').slice(0, 3)).toEqual([
        'Appendix 1',
        HEADER,
        'Transcript of Agenda Item 5: Policing and the Night-Time Economy',
      ]);
      for (const page of doc.pages.slice(1)) expect(page.text).not.toContain('Police and Crime Committee');
      expect(doc.pages[0]!.text).toMatch(/^Susan Hall AM \(Chairman\): /m);
      // Spaces put back from the gaps between words drawn one by one; curly quotes and dashes kept.
      expect(doc.pages.map((page) => page.text).join('')).toMatch(/Mayor’s|“rebuilding|–/);
      expect(doc.pages.every((page) => !/ {2}|\S\s+\n/.test(page.text))).toBe(true);
    },
    T,
  );

  it(
    'removes "Page N of M" footers, and uses printed numbers when they are consistently offset',
    async () => {
      const { bytes, body } = await makeTranscriptPdf({ pages: 5, footer: 'page-of', printedOffset: 44 });
      const doc = await extractPdf(bytes);
      expect(doc.pages.map((page) => page.number)).toEqual([45, 46, 47, 48, 49]);
      doc.pages.forEach((page, i) => expect(page.text).toBe(`${body[i]!.join('\n')}\n`));
      expect(doc.pages.map((page) => page.text).join('')).not.toMatch(/Page \d+ of/);
    },
    T,
  );

  it(
    'keeps positions as page numbers when printed numbering starts after unnumbered front pages, and says so',
    async () => {
      // A cover page without a number, then printed 1, 2, 3… on positions 2, 3, 4…
      const { bytes } = await makeTranscriptPdf({ pages: 5, printedOffset: -1, noFooterOn: [1] });
      const doc = await extractPdf(bytes);
      expect(doc.pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5]);
      expect(doc.warnings.join(' ')).toMatch(/unnumbered page.*printed page 1 is page 2/);
    },
    T,
  );

  it(
    'reads a rotated page in its displayed orientation',
    async () => {
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([595, 842]);
      page.setRotation(degrees(90)); // shown landscape: text drawn at 90° reads upright
      ['Susan Hall AM (Chairman): First line.', 'Second line.', 'Third line.'].forEach((text, i) =>
        page.drawText(text, { x: 100 + i * 20, y: 100, size: 12, font, rotate: degrees(90) }),
      );
      expect((await extractPdf(await doc.save())).pages).toEqual([{ number: 1, text: 'Susan Hall AM (Chairman): First line.\nSecond line.\nThird line.\n' }]);
    },
    T,
  );

  it(
    'reports progress page by page',
    async () => {
      const { bytes } = await makeTranscriptPdf({ pages: 4 });
      const calls: [number, number | null][] = [];
      await extractPdf(bytes, { onProgress: (done, total) => calls.push([done, total]) });
      expect(calls).toEqual([
        [0, 4],
        [1, 4],
        [2, 4],
        [3, 4],
        [4, 4],
      ]);
    },
    T,
  );

  it(
    'stops between pages when cancelled, and before starting when already cancelled',
    async () => {
      const { bytes } = await makeTranscriptPdf({ pages: 8 });
      const controller = new AbortController();
      const seen: number[] = [];
      await expectImportError(
        extractPdf(bytes, {
          signal: controller.signal,
          onProgress: (done) => {
            seen.push(done);
            if (done === 2) controller.abort();
          },
        }),
        'cancelled',
        /cancelled/,
      );
      expect(Math.max(...seen)).toBe(2);
      await expectImportError(extractPdf(bytes, { signal: AbortSignal.abort() }), 'cancelled');
    },
    T,
  );

  it(
    'refuses a password-protected PDF, which pdf.js really cannot open without the password',
    async () => {
      const bytes = makeEncryptedPdf('secret');
      const error = await expectImportError(extractPdf(bytes), 'encrypted');
      expect(error.message).toBe(
        'This PDF is protected by a password. Remove the password (or ask the committee service for an unprotected copy) and import it again.',
      );
      // The fixture is a genuine encrypted PDF: with the password, pdf.js reads its text.
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const pdf = await pdfjs.getDocument({ data: bytes.slice(), password: 'secret', verbosity: 0, isEvalSupported: false }).promise;
      try {
        const content = await (await pdf.getPage(1)).getTextContent();
        expect(content.items.map((item) => ('str' in item ? item.str : '')).join('')).toBe('Confidential transcript');
      } finally {
        await pdf.destroy();
      }
      await expect(pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise).rejects.toMatchObject({ name: 'PasswordException' });
    },
    T,
  );

  it(
    'says a PDF with no text layer looks scanned, and suggests the Word version or OCR',
    async () => {
      const error = await expectImportError(extractPdf(await makeImageOnlyPdf()), 'no_text', /scanned/);
      expect(error.message).toMatch(/Word version/);
      expect(error.message).toMatch(/OCR/);
    },
    T,
  );

  it(
    'warns about pages without text in an otherwise readable PDF',
    async () => {
      const doc = await extractPdf((await makeTranscriptPdf({ pages: 3, blankPages: [2] })).bytes);
      expect(doc.pages.map((page) => [page.number, page.text === ''])).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
      expect(doc.warnings).toEqual(['One page has no text (page 2); it may be a blank or scanned page.']);
    },
    T,
  );

  it(
    'refuses a truncated PDF as damaged or incomplete',
    async () => {
      const { bytes } = await makeTranscriptPdf({ pages: 6 });
      for (const cut of [0.6, 0.25]) {
        await expectImportError(extractPdf(bytes.slice(0, Math.floor(bytes.length * cut))), 'corrupt', PDF_MESSAGES.corrupt);
      }
      await expectImportError(extractPdf(bytes.slice(0, 200)), 'corrupt');
    },
    T,
  );

  it(
    'reads a PDF cut just short of its end marker, but warns that it may be incomplete',
    async () => {
      const { bytes, body } = await makeTranscriptPdf({ pages: 2 });
      const end = new TextDecoder('latin1').decode(bytes).lastIndexOf('%%EOF');
      const doc = await extractPdf(bytes.slice(0, end));
      expect(doc.pages[1]!.text).toBe(`${body[1]!.join('\n')}\n`);
      expect(doc.warnings).toEqual([PDF_MESSAGES.incomplete]);
    },
    T,
  );

  it(
    'refuses random bytes, text and a bare PDF header as not a (readable) PDF',
    async () => {
      await expectImportError(extractPdf(randomBytes(50_000)), 'corrupt', /not a PDF/);
      await expectImportError(extractTranscript(randomBytes(50_000), 'minutes.pdf'), 'corrupt', /not a PDF/);
      await expectImportError(extractPdf(new TextEncoder().encode('Susan Hall AM (Chairman): Hello.\n')), 'corrupt', /not a PDF/);
      const fake = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...randomBytes(20_000, 9)]);
      await expectImportError(extractPdf(fake), 'corrupt', /damaged or incomplete/);
      await expectImportError(extractPdf(new Uint8Array()), 'empty');
    },
    T,
  );

  it(
    'leaves the caller’s bytes usable, and Node Buffers are accepted',
    async () => {
      const { bytes } = await makeTranscriptPdf({ pages: 2 });
      const length = bytes.byteLength;
      await extractPdf(bytes);
      expect(bytes.byteLength).toBe(length);
      expect(bytes.buffer.byteLength).toBeGreaterThan(0);
      const doc = await extractPdf(Buffer.from(bytes));
      expect(doc.pages).toHaveLength(2);
    },
    T,
  );

  it('does not leave pdf.js’s replacements of Node built-ins in place', async () => {
    await preparePdfExtraction();
    expect(Array.prototype.push).toBe(nativePush);
    expect(JSON.parse).toBe(nativeJsonParse);
    expect(JSON.stringify).toBe(nativeJsonStringify);
    expect(Function.prototype.toString).toBe(nativeToString);
  }, T);

  it(
    'extracts a 100-page transcript quickly',
    async () => {
      const { bytes, body } = await makeTranscriptPdf({ pages: 100, footer: 'page-of' });
      await preparePdfExtraction();
      const started = performance.now();
      const doc = await extractPdf(bytes);
      const elapsed = performance.now() - started;
      expect(doc.pages).toHaveLength(100);
      expect(doc.pages[99]!.text).toBe(`${body[99]!.join('\n')}\n`);
      // The target is about 0.5 s on a developer machine; this only catches pathological slowness.
      expect(elapsed).toBeLessThan(5_000);
    },
    60_000,
  );
});
