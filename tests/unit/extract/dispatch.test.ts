/** The dispatcher: size guard, and choosing (or refusing) by content and extension. */
import { describe, expect, it } from 'vitest';
import { checkTranscriptSize, extractTranscript, MAX_TRANSCRIPT_BYTES, sniffContent } from '../../../backend/import/extract';
import { makeTranscriptDocx, makeTranscriptPdf } from '../../fixtures/extract/make-fixtures';
import { expectImportError, randomBytes } from './helpers';

const T = 20_000;
const MB = 1024 * 1024;

/** Claims to be huge without allocating anything. */
class HugeBytes extends Uint8Array {
  constructor(private readonly claimed: number) {
    super(16);
  }
  override get byteLength(): number {
    return this.claimed;
  }
}

describe('size guard', () => {
  it('refuses a file over 200 MB before reading it, from a size option or the bytes themselves', async () => {
    const message = '“hearing.pdf” is 512 MB; the largest transcript the workbench imports is 200 MB.';
    await expectImportError(extractTranscript(new Uint8Array(16), 'C:\\Users\\clerk\\hearing.pdf', { size: 512 * MB }), 'too_large', message);
    await expectImportError(extractTranscript(new HugeBytes(512 * MB), 'hearing.pdf'), 'too_large', message);
    expect(() => checkTranscriptSize(512 * MB, 'hearing.pdf')).toThrow(message);
    expect(() => checkTranscriptSize(MAX_TRANSCRIPT_BYTES, 'hearing.pdf')).not.toThrow();
    // Just over the limit still reads as over it.
    await expectImportError(extractTranscript(new HugeBytes(MAX_TRANSCRIPT_BYTES + 400_000), 'a.pdf'), 'too_large', /is 200\.4 MB;/);
  }, T);

  it('refuses an empty file, naming it', async () => {
    await expectImportError(extractTranscript(new Uint8Array(), 'transcript.docx'), 'empty', '“transcript.docx” is empty (0 bytes), so there is nothing to import.');
    expect(() => checkTranscriptSize(0, 'x.txt')).toThrow(/empty/);
  }, T);
});

describe('choosing the extractor', () => {
  it(
    'extracts each format by its extension and content, whatever the case of the extension',
    async () => {
      const pdf = (await makeTranscriptPdf({ pages: 2 })).bytes;
      const docx = await makeTranscriptDocx();
      expect((await extractTranscript(pdf, 'Transcript.PDF')).format).toBe('pdf');
      expect((await extractTranscript(docx, 'Transcript.docx')).format).toBe('docx');
      expect((await extractTranscript(new TextEncoder().encode('Susan Hall AM: Hello.\n'), 'notes.md')).format).toBe('txt');
      // No extension: by content.
      expect((await extractTranscript(pdf, 'transcript')).format).toBe('pdf');
      expect((await extractTranscript(docx, 'transcript')).format).toBe('docx');
      expect((await extractTranscript(new TextEncoder().encode('Hello.\n'), 'README')).format).toBe('txt');
    },
    T,
  );

  it(
    'refuses files whose content is another format than the extension says, saying what to rename them to',
    async () => {
      const pdf = (await makeTranscriptPdf({ pages: 1 })).bytes;
      const docx = await makeTranscriptDocx();
      await expectImportError(extractTranscript(pdf, 'transcript.docx'), 'unsupported_format', /“transcript\.docx” is named as a \.docx file but is really a PDF\. Rename it to end in \.pdf/);
      await expectImportError(extractTranscript(docx, 'transcript.pdf'), 'unsupported_format', /really a Word document.*\.docx/);
      await expectImportError(extractTranscript(pdf, 'transcript.txt'), 'unsupported_format', /really a PDF/);
      await expectImportError(extractTranscript(docx, 'transcript.doc'), 'unsupported_format', /Rename it to end in \.docx/);
      const rtf = new TextEncoder().encode('{\\rtf1\\ansi Hello}');
      await expectImportError(extractTranscript(rtf, 'transcript.doc'), 'unsupported_format', /Rich Text/);
      await expectImportError(extractTranscript(rtf, 'transcript.rtf'), 'unsupported_format', /\.rtf file.*save it as a Word document/);
      await expectImportError(extractTranscript(pdf, 'transcript.xlsx'), 'unsupported_format', /PDF \(\.pdf\), Word \(\.docx\) or plain text/);
      await expectImportError(extractTranscript(randomBytes(1_000), 'transcript.doc'), 'corrupt', /not a Word document/);
    },
    T,
  );

  it('recognises formats by their first bytes', () => {
    expect(sniffContent(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffContent(new TextEncoder().encode('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
    expect(sniffContent(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('zip');
    expect(sniffContent(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('ole');
    expect(sniffContent(new TextEncoder().encode('{\\rtf1'))).toBe('rtf');
    expect(sniffContent(new TextEncoder().encode('Hello'))).toBe('other');
  });

  it(
    'passes cancellation and progress through',
    async () => {
      const pdf = (await makeTranscriptPdf({ pages: 3 })).bytes;
      const calls: number[] = [];
      await extractTranscript(pdf, 'a.pdf', { onProgress: (done) => calls.push(done) });
      expect(calls).toEqual([0, 1, 2, 3]);
      await expectImportError(extractTranscript(pdf, 'a.pdf', { signal: AbortSignal.abort() }), 'cancelled');
    },
    T,
  );
});
