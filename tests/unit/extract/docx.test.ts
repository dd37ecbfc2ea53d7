/** Word extraction on real .docx files (the `docx` package) and hand-made hostile archives. */
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS } from '../../../backend/import/extract/common';
import { DOCX_MESSAGES, extractDocx } from '../../../backend/import/extract/docx';
import { extractTranscript } from '../../../backend/import/extract';
import {
  CONTENT_TYPES,
  HEADER,
  ROOT_RELS,
  deflatedSpaces,
  documentXml,
  makeDocxFromBody,
  makeTranscriptDocx,
  makeZip,
  p,
} from '../../fixtures/extract/make-fixtures';
import { expectImportError, randomBytes } from './helpers';

const T = 20_000;
const MB = 1024 * 1024;

const texts = async (bytes: Uint8Array) => (await extractDocx(bytes)).pages.map((page) => [page.number, page.text]);

describe('Word transcripts', () => {
  it(
    'reads paragraphs as lines and page breaks as page boundaries; headers and footers stay out',
    async () => {
      const doc = await extractDocx(await makeTranscriptDocx());
      expect(doc.format).toBe('docx');
      expect(doc.warnings).toEqual([]);
      expect(doc.pages).toEqual([
        {
          number: 1,
          text:
            'Appendix 1\n' +
            'Transcript of Agenda Item 5: Policing and the Night-Time Economy\n' +
            'Susan Hall AM (Chairman): Welcome to the meeting – we’re looking at “night-time” policing.\n' +
            'Sir Mark Rowley QPM (Commissioner of Police of the Metropolis): Thank you, Chairman.\n',
        },
        { number: 2, text: 'Caroline Russell AM: My first question is about licensing.\n' },
        {
          number: 3,
          text: 'Sophie Linden (Deputy Mayor for Policing and Crime): We have funded 24 more officers.\nSusan Hall AM (Chairman):\tThank you.\n',
        },
      ]);
      expect(doc.pages.map((page) => page.text).join('')).not.toContain(HEADER);
    },
    T,
  );

  it(
    'counts a lastRenderedPageBreak once, not again right after an explicit break or at the start',
    async () => {
      const lrpb = '<w:r><w:lastRenderedPageBreak/><w:t>Second page.</w:t></w:r>';
      const body =
        '<w:p><w:r><w:lastRenderedPageBreak/><w:t>First page.</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>End of first.</w:t></w:r><w:r><w:br w:type="page"/></w:r></w:p>' +
        `<w:p>${lrpb}</w:p>` +
        // Word's own layout broke the page in the middle of this paragraph:
        '<w:p><w:r><w:t xml:space="preserve">Half on two, </w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t>half on three.</w:t></w:r></w:p>';
      expect(await texts(makeDocxFromBody(body))).toEqual([
        [1, 'First page.\nEnd of first.\n'],
        [2, 'Second page.\nHalf on two,\n'],
        [3, 'half on three.\n'],
      ]);
    },
    T,
  );

  it(
    'leaves out deleted, moved-away and hidden text, keeps insertions, and says there are tracked changes',
    async () => {
      const body =
        '<w:p><w:r><w:t xml:space="preserve">The force recruited </w:t></w:r>' +
        '<w:del w:id="1" w:author="Clerk"><w:r><w:delText>1,000</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="Clerk"><w:r><w:t>1,100</w:t></w:r></w:ins>' +
        '<w:moveFrom w:id="3" w:author="Clerk"><w:r><w:t xml:space="preserve"> (moved)</w:t></w:r></w:moveFrom>' +
        '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> hidden note</w:t></w:r>' +
        '<w:r><w:t xml:space="preserve"> officers.</w:t></w:r></w:p>';
      const doc = await extractDocx(makeDocxFromBody(body));
      expect(doc.pages).toEqual([{ number: 1, text: 'The force recruited 1,100 officers.\n' }]);
      expect(doc.warnings).toContain(DOCX_MESSAGES.trackedChanges);
      expect(doc.warnings).toContain(DOCX_MESSAGES.noPageBreaks);
    },
    T,
  );

  it(
    'turns tabs and line breaks into text, ignores tab stops, fallbacks and old formatting',
    async () => {
      const body =
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
        '<w:r><w:t>Q82</w:t><w:tab/><w:t>Chair:</w:t><w:br/><w:t>Next line</w:t><w:noBreakHyphen/><w:t>here</w:t></w:r></w:p>' +
        // A text box: mc:Choice and mc:Fallback hold the same text; read it once.
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
        p('Boxed text') +
        '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' +
        p('Boxed text') +
        '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
        // A page break that was removed (tracked formatting change): not a break any more.
        '<w:p><w:pPr><w:pPrChange w:id="9" w:author="Clerk"><w:pPr><w:pageBreakBefore/></w:pPr></w:pPrChange></w:pPr>' +
        '<w:r><w:t>Same page.</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:pageBreakBefore w:val="false"/></w:pPr><w:r><w:t>Still the same page.</w:t></w:r></w:p>';
      expect(await texts(makeDocxFromBody(body))).toEqual([[1, 'Q82\tChair:\nNext line-here\nBoxed text\n\nSame page.\nStill the same page.\n']]);
    },
    T,
  );

  it(
    'starts a new page at a section break unless it is continuous',
    async () => {
      const section = (type?: string) =>
        `<w:p><w:pPr><w:sectPr>${type ? `<w:type w:val="${type}"/>` : ''}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr>` +
        '<w:r><w:t>End of section.</w:t></w:r></w:p>';
      const body = p('One.') + section() + p('Two.') + section('continuous') + p('Still two.') + section('oddPage') + p('Three.');
      expect(await texts(makeDocxFromBody(body))).toEqual([
        [1, 'One.\nEnd of section.\n'],
        [2, 'Two.\nEnd of section.\nStill two.\nEnd of section.\n'],
        [3, 'Three.\n'],
      ]);
    },
    T,
  );

  it(
    'drops page-number lines typed into the body (a Word file converted from a PDF)',
    async () => {
      const br = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
      const body = [1, 2, 3, 4]
        .map((n) => p(HEADER) + p(`Susan Hall AM (Chairman): Question ${n} about the budget for ${2020 + n}.`) + p('Answer given at length.') + p(String(n)))
        .join(br);
      const doc = await extractDocx(makeDocxFromBody(body));
      expect(doc.pages.map((page) => page.number)).toEqual([1, 2, 3, 4]);
      expect(doc.pages[2]!.text).toBe('Susan Hall AM (Chairman): Question 3 about the budget for 2023.\nAnswer given at length.\n');
    },
    T,
  );

  it(
    'reports progress and can be cancelled',
    async () => {
      const calls: [number, number | null][] = [];
      await extractDocx(await makeTranscriptDocx(), { onProgress: (done, total) => calls.push([done, total]) });
      expect(calls.at(-1)).toEqual([3, 3]);
      expect(calls.slice(0, -1).every(([, total]) => total === null)).toBe(true);
      await expectImportError(extractDocx(await makeTranscriptDocx(), { signal: AbortSignal.abort() }), 'cancelled');
    },
    T,
  );

  it(
    'refuses an empty document, bad XML and a DOCTYPE',
    async () => {
      await expectImportError(extractDocx(makeDocxFromBody('<w:p/>')), 'no_text', DOCX_MESSAGES.noText);
      const broken = makeZip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'word/document.xml', data: documentXml(p('Hello')).replace('</w:body>', '') },
      ]);
      await expectImportError(extractDocx(broken), 'corrupt', /not a Word document/);
      const doctype = makeZip([
        { name: 'word/document.xml', data: `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaa">]>${documentXml(p('&a;')).replace(/^<\?xml[^>]*>/, '')}` },
      ]);
      await expectImportError(extractDocx(doctype), 'unsafe_archive', /DOCTYPE/);
    },
    T,
  );
});

describe('Word files that are not Word files', () => {
  it(
    'refuses an old .doc, asking for .docx or PDF, and a password-protected Word file as encrypted',
    async () => {
      const ole = new Uint8Array(4096);
      ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      await expectImportError(extractDocx(ole), 'unsupported_format', /older Word document \(\.doc\).*\.docx.*PDF/s);
      await expectImportError(extractTranscript(ole, 'Transcript.docx'), 'unsupported_format', /\.docx/);
      await expectImportError(extractTranscript(ole, 'Transcript.doc'), 'unsupported_format', /Save As/);
      const encrypted = new Uint8Array(ole);
      encrypted.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 1024);
      await expectImportError(extractTranscript(encrypted, 'Transcript.docx'), 'encrypted', /protected by a password/);
    },
    T,
  );

  it(
    'says random bytes, a truncated file and zips without a document are not Word documents',
    async () => {
      await expectImportError(extractDocx(randomBytes(10_000)), 'corrupt', /^This file is not a Word document/);
      await expectImportError(extractTranscript(randomBytes(10_000), 'Transcript.docx'), 'corrupt', /^This file is not a Word document/);
      const good = await makeTranscriptDocx();
      await expectImportError(extractDocx(good.slice(0, Math.floor(good.length / 2))), 'corrupt', /not a Word document/);
      await expectImportError(extractDocx(makeZip([{ name: 'notes.txt', data: 'hello' }])), 'corrupt', /not a Word document/);
      await expectImportError(extractDocx(makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }])), 'unsupported_format', /Excel/);
    },
    T,
  );
});

describe('unsafe archives', () => {
  const withDocument = (entries: Parameters<typeof makeZip>[0]) =>
    makeZip([{ name: '[Content_Types].xml', data: CONTENT_TYPES }, { name: '_rels/.rels', data: ROOT_RELS }, ...entries]);

  it(
    'refuses entries that climb out of the archive, absolute paths and backslashes',
    async () => {
      for (const name of ['../../evil.xml', 'word/../../evil.xml', '/etc/passwd', 'C:/Windows/evil.xml', 'word\\document.xml']) {
        const zip = withDocument([{ name: 'word/document.xml', data: documentXml(p('Hello')) }, { name, data: 'x' }]);
        await expectImportError(extractDocx(zip), 'unsafe_archive', /not safe/);
      }
    },
    T,
  );

  it(
    'refuses more than 2,000 entries before reading any',
    async () => {
      const many = Array.from({ length: DOCX_LIMITS.maxEntries + 1 }, (_, i) => ({ name: `word/media/image${i}.png`, data: '', store: true }));
      const zip = withDocument([{ name: 'word/document.xml', data: documentXml(p('Hello')) }, ...many]);
      await expectImportError(extractDocx(zip), 'unsafe_archive', /2,00\d files/);
    },
    T,
  );

  it(
    'refuses two entries with the same name',
    async () => {
      const zip = withDocument([
        { name: 'word/document.xml', data: documentXml(p('Hello')) },
        { name: 'word/document.xml', data: documentXml(p('Goodbye')) },
      ]);
      await expectImportError(extractDocx(zip), 'unsafe_archive', /twice/);
    },
    T,
  );

  it(
    'stops a zip bomb (300 MB of spaces) quickly, whatever size it declares',
    async () => {
      const prefix = documentXml('').replace(/<w:body>.*$/, '<w:body><w:p><w:r><w:t>');
      const bomb = deflatedSpaces(300 * MB, prefix);
      expect(bomb.length).toBeLessThan(1 * MB); // the test itself stays small
      const heapBefore = process.memoryUsage().heapUsed;
      const started = performance.now();
      // Declared honestly: refused from the directory, nothing inflated.
      await expectImportError(extractDocx(withDocument([{ name: 'word/document.xml', deflated: { bytes: bomb, declaredSize: 300 * MB } }])), 'unsafe_archive');
      // Declared under the limit, but compressed 1,000 : 1.
      await expectImportError(
        extractDocx(withDocument([{ name: 'word/document.xml', deflated: { bytes: bomb, declaredSize: 150 * MB } }])),
        'unsafe_archive',
        /zip bomb/,
      );
      // Declared as a small file (a lie): stopped as soon as the inflated bytes pass the declared size.
      await expectImportError(
        extractDocx(withDocument([{ name: 'word/document.xml', deflated: { bytes: bomb, declaredSize: 4096 } }])),
        'unsafe_archive',
        /zip bomb/,
      );
      expect(performance.now() - started).toBeLessThan(5_000);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * MB);
    },
    T,
  );

  it(
    'refuses declared sizes that add up to more than 500 MB',
    async () => {
      const zip = withDocument([
        { name: 'word/document.xml', data: documentXml(p('Hello')) },
        ...[1, 2, 3].map((i) => ({ name: `word/media/video${i}.bin`, deflated: { bytes: new Uint8Array([3, 0]), declaredSize: 190 * MB } })),
      ]);
      await expectImportError(extractDocx(zip), 'unsafe_archive', /far more than any real Word document/);
    },
    T,
  );
});
