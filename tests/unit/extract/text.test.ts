/** Plain-text extraction: encodings, page splitting and normalisation. */
import { describe, expect, it } from 'vitest';
import { decodeText, extractText, splitTextPages, TEXT_MESSAGES } from '../../../backend/import/extract/text';
import { extractTranscript } from '../../../backend/import/extract';
import { makePng, utf16, windows1252 } from '../../fixtures/extract/make-fixtures';
import { expectImportError, randomBytes } from './helpers';

const T = 10_000;
const utf8 = (text: string) => new TextEncoder().encode(text);
const SAMPLE = 'Susan Hall AM (Chairman): It’s the Mayor’s “plan” – isn’t it? Café…\n';

describe('text encodings', () => {
  it(
    'reads UTF-8, with or without a byte-order mark',
    async () => {
      expect((await extractText(utf8(SAMPLE))).pages[0]!.text).toBe(SAMPLE);
      const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(SAMPLE)]);
      const doc = await extractText(bom);
      expect(doc.pages[0]!.text).toBe(SAMPLE);
      expect(doc.warnings).toEqual([TEXT_MESSAGES.noPages]);
    },
    T,
  );

  it(
    'reads UTF-16 LE and BE with a byte-order mark, and UTF-16 LE without one',
    async () => {
      for (const bytes of [utf16(SAMPLE, 'le'), utf16(SAMPLE, 'be'), utf16(SAMPLE, 'le', false)]) {
        const decoded = decodeText(bytes);
        expect(decoded.text).toBe(SAMPLE);
        expect(decoded.warnings).toEqual([]);
      }
      expect(decodeText(utf16(SAMPLE, 'be')).encoding).toBe('utf-16be');
    },
    T,
  );

  it(
    'reads Windows-1252 (0x92 apostrophes, 0x96 dashes) and says so',
    async () => {
      const bytes = windows1252(SAMPLE);
      expect(bytes).toContain(0x92);
      expect(bytes).toContain(0x96);
      const doc = await extractText(bytes);
      expect(doc.pages[0]!.text).toBe(SAMPLE);
      expect(doc.warnings[0]).toMatch(/^Read as Windows-1252 text/);
    },
    T,
  );

  it(
    'refuses binary data, NUL bytes and undecodable bytes as not text',
    async () => {
      await expectImportError(extractText(randomBytes(5_000)), 'encoding', /does not look like a text file/);
      await expectImportError(extractText(makePng(16, 16)), 'encoding');
      await expectImportError(extractTranscript(makePng(16, 16), 'transcript.txt'), 'encoding');
      await expectImportError(extractText(utf8('Hello\u0000there, this has a NUL byte.\n')), 'encoding');
      // No NUL bytes, but control characters throughout once read as Windows-1252.
      const controls = new Uint8Array(2_000).map((_, i) => (i % 3 === 0 ? 0x81 : i % 3 === 1 ? 0x01 : 0x41));
      await expectImportError(extractText(controls), 'encoding');
      await expectImportError(extractText(new Uint8Array()), 'empty');
      await expectImportError(extractText(utf8(' \n\n\t \n')), 'no_text');
    },
    T,
  );

  it(
    'warns about a few unreadable characters in a file that declares its encoding',
    async () => {
      const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Before '), 0xff, ...utf8(' after, and plenty more text here.\n')]);
      const doc = await extractText(bytes);
      expect(doc.pages[0]!.text).toBe('Before � after, and plenty more text here.\n');
      expect(doc.warnings).toContain('One character could not be read and is shown as �.');
    },
    T,
  );
});

describe('text pages', () => {
  it(
    'splits on form feeds, and removes a header repeated at the top of the pages',
    async () => {
      const page = (n: number) => `Police and Crime Committee – 15 January 2025\nSusan Hall AM (Chairman): Page ${n} question.\nAnswer ${n * 4}.\n`;
      const doc = await extractText(utf8(`${page(1)}\f${page(2)}\f${page(3)}\f`));
      expect(doc.warnings).toEqual([]);
      expect(doc.pages).toEqual([1, 2, 3].map((n) => ({ number: n, text: `Susan Hall AM (Chairman): Page ${n} question.\nAnswer ${n * 4}.\n` })));
    },
    T,
  );

  it(
    'splits on "Page N" marker lines that start pages, with the text before the first as the page before',
    async () => {
      const text = 'Transcript of Agenda Item 5\nSusan Hall AM: Opening.\nPage 2\nCaroline Russell AM: Second.\nPage 3\nMarina Ahmad AM: Third.\n';
      expect((await extractText(utf8(text))).pages).toEqual([
        { number: 1, text: 'Transcript of Agenda Item 5\nSusan Hall AM: Opening.\n' },
        { number: 2, text: 'Caroline Russell AM: Second.\n' },
        { number: 3, text: 'Marina Ahmad AM: Third.\n' },
      ]);
      // "Page 1" first: text before it is part of page 1; an empty start is dropped.
      expect(splitTextPages('Title\nPage 1\nOne.\nPage 2\nTwo.').pages.map((page) => page.index)).toEqual([1, 2]);
      expect(splitTextPages('\n\nPage 7\nSeven.\nPage 8\nEight.').pages.map((page) => page.index)).toEqual([7, 8]);
    },
    T,
  );

  it(
    'treats markers as footers when the text ends at the last one',
    async () => {
      const text = 'Susan Hall AM: Opening.\nPage 1 of 3\nCaroline Russell AM: Second.\nPage 2 of 3\nMarina Ahmad AM: Third.\nPage 3 of 3\n';
      expect((await extractText(utf8(text))).pages).toEqual([
        { number: 1, text: 'Susan Hall AM: Opening.\n' },
        { number: 2, text: 'Caroline Russell AM: Second.\n' },
        { number: 3, text: 'Marina Ahmad AM: Third.\n' },
      ]);
    },
    T,
  );

  it(
    'takes bare numbers and "- N -" as markers only when they run in sequence',
    async () => {
      const bare = 'Intro.\n12\nA said 2025 was hard.\n13\nB replied.\n2025\n14\nC closed.\n';
      expect((await extractText(utf8(bare))).pages.map((page) => [page.number, page.text])).toEqual([
        [11, 'Intro.\n'],
        [12, 'A said 2025 was hard.\n'],
        [13, 'B replied.\n2025\n'],
        [14, 'C closed.\n'],
      ]);
      // Two bare numbers are not enough: one page, with a warning.
      const two = await extractText(utf8('First.\n4\nSecond.\n5\nThird.\n'));
      expect(two.pages).toHaveLength(1);
      expect(two.warnings).toEqual([TEXT_MESSAGES.noPages]);
      // Out-of-sequence numbers are text.
      expect((await extractText(utf8('A.\n3\nB.\n9\nC.\n4\nD.\n'))).pages).toHaveLength(1);
      const dashes = await extractText(utf8('- 1 -\nOne.\n- 2 -\nTwo.\n'));
      expect(dashes.pages.map((page) => [page.number, page.text])).toEqual([
        [1, 'One.\n'],
        [2, 'Two.\n'],
      ]);
    },
    T,
  );

  it(
    'normalises: NFC, non-breaking spaces, soft hyphens, zero-width characters, line endings, spacing',
    async () => {
      const messy =
        '  Susan\u00a0Hall AM   (Chairman):\u00a0 Thank you.   \r\n' +
        'Poli\u00adcing\u200b and cafe\u0301 \u201cquotes\u201d \u2013 kept.\t\r' +
        '\r\n\r\n\r\n' +
        'Next\u2028line\n';
      const doc = await extractText(utf8(messy));
      expect(doc.pages[0]!.text).toBe('Susan Hall AM (Chairman): Thank you.\nPolicing and café “quotes” – kept.\n\nNext\nline\n');
      expect(doc.pages[0]!.text).toBe(doc.pages[0]!.text.normalize('NFC'));
    },
    T,
  );
});
