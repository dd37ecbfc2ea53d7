/**
 * Renders the sample investigation's transcripts (backend/sample/transcripts/content) to the real
 * files the app imports (backend/sample/transcripts/files): PDF (pdf-lib, Helvetica), Word
 * (docx) and plain text with a form feed between pages, in London Assembly house format — a
 * header block on page 1, speaker turns as "Label: speech", a running header and a page number
 * on every page.
 *
 * Output is deterministic (fixed dates in the metadata and the zip entries), so regenerating
 * changes no bytes unless the content changed.
 *
 *   npx tsx scripts/make-sample-transcripts.ts            # writes backend/sample/transcripts/files
 *   npx tsx scripts/make-sample-transcripts.ts <folder>   # writes elsewhere
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { SAMPLE_TRANSCRIPTS } from '../backend/sample/transcripts/index';
import { blockLine, footerText, printedBlocks, type PrintedBlock } from '../backend/sample/transcripts/layout';
import type { SampleTranscript } from '../backend/sample/transcripts/types';

export const DEFAULT_OUTPUT_DIR = fileURLToPath(new URL('../backend/sample/transcripts/files/', import.meta.url));

const PRODUCER = 'Scrutiny Workbench sample transcript generator';
const AUTHOR = 'Scrutiny Workbench (sample)';

/** Midnight UTC on the meeting's date: the files' fixed creation and modification time. */
function fixedDate(t: SampleTranscript): Date {
  return new Date(`${t.heldOn}T00:00:00Z`);
}

function documentTitle(t: SampleTranscript): string {
  return `${t.title}, ${t.citedDate} (sample)`;
}

// ---------------------------------------------------------------------------------------------
// PDF

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 72;
const BODY_TOP = A4[1] - 84;
const BODY_BOTTOM = 64;
const HEADER_Y = A4[1] - 42;
const FOOTER_Y = 34;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  italic: PDFFont;
}

/**
 * The width `text` is drawn at. pdf-lib's widthOfTextAtSize subtracts kerning, but drawText does
 * not kern, so widths are summed a character at a time.
 */
function measure(font: PDFFont, text: string, size: number): number {
  let width = 0;
  for (const ch of text) width += font.widthOfTextAtSize(ch, size);
  return width;
}

/** Fails loudly on any character Helvetica (WinAnsi) cannot print. */
function assertEncodable(font: PDFFont, text: string, where: string): void {
  const supported = new Set(font.getCharacterSet());
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!supported.has(code)) {
      throw new Error(
        `${where}: character ${JSON.stringify(ch)} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) cannot be printed in ${font.name}`,
      );
    }
  }
}

interface Word {
  text: string;
  font: PDFFont;
}

interface Line {
  runs: { text: string; font: PDFFont; x: number }[];
}

/**
 * Breaks words into lines no wider than `width`, at spaces only: no hyphenation, and a hyphenated
 * word ("co-production") is never split.
 */
function wrap(words: Word[], size: number, width: number, where: string): Line[] {
  const lines: Line[] = [];
  let current: Word[] = [];
  let currentWidth = 0;
  const spaceOf = (font: PDFFont) => measure(font, ' ', size);
  const flush = () => {
    if (current.length === 0) return;
    const runs: Line['runs'] = [];
    let x = 0;
    current.forEach((w, i) => {
      const last = runs[runs.length - 1];
      const text = i === 0 ? w.text : ` ${w.text}`;
      if (last && last.font === w.font) {
        last.text += text;
      } else if (last) {
        // A change of font (label to speech): the space opens the later run, so text extraction
        // keeps it whatever metrics the reader uses for the gap between the runs.
        runs.push({ text: ` ${w.text}`, font: w.font, x: 0 });
      } else {
        runs.push({ text, font: w.font, x: 0 });
      }
    });
    for (const run of runs) {
      run.x = x;
      x += measure(run.font, run.text, size);
    }
    lines.push({ runs });
    current = [];
    currentWidth = 0;
  };
  for (const w of words) {
    const wWidth = measure(w.font, w.text, size);
    if (wWidth > width) throw new Error(`${where}: the word ${JSON.stringify(w.text)} is wider than the page`);
    const extra = current.length === 0 ? wWidth : spaceOf(current[current.length - 1]!.font) + wWidth;
    if (currentWidth + extra > width) {
      flush();
      current.push(w);
      currentWidth = wWidth;
    } else {
      current.push(w);
      currentWidth += extra;
    }
  }
  flush();
  return lines;
}

function wordsOf(text: string, font: PDFFont): Word[] {
  return text
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => ({ text: w, font }));
}

interface BlockStyle {
  size: number;
  leading: number;
  after: number;
}

const STYLES: Record<PrintedBlock['kind'], BlockStyle> = {
  heading: { size: 12, leading: 16, after: 6 },
  notice: { size: 9, leading: 11.5, after: 6 },
  speech: { size: 11, leading: 14.5, after: 9 },
};

function drawPage(page: PDFPage, t: SampleTranscript, number: number, fonts: Fonts): void {
  const width = A4[0] - 2 * MARGIN_X;
  const where = `${t.key} p.${number}`;
  const black = rgb(0, 0, 0);

  // Running header.
  assertEncodable(fonts.regular, t.content.runningHeader, where);
  const headerWidth = measure(fonts.regular, t.content.runningHeader, 9);
  page.drawText(t.content.runningHeader, { x: A4[0] - MARGIN_X - headerWidth, y: HEADER_Y, size: 9, font: fonts.regular, color: black });
  page.drawLine({ start: { x: MARGIN_X, y: HEADER_Y - 6 }, end: { x: A4[0] - MARGIN_X, y: HEADER_Y - 6 }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });

  let y = BODY_TOP;
  const blocks = printedBlocks(t.content, number);
  blocks.forEach((block, i) => {
    const style = STYLES[block.kind];
    let words: Word[];
    if (block.kind === 'heading') {
      words = wordsOf(block.text, fonts.bold);
    } else if (block.kind === 'notice') {
      words = wordsOf(block.text, fonts.italic);
    } else {
      words = [
        ...(block.label === null ? [] : wordsOf(`${block.label}:`, fonts.bold)),
        ...wordsOf(block.text, fonts.regular),
      ];
    }
    for (const w of words) assertEncodable(w.font, w.text, where);
    const lines = wrap(words, style.size, width, where);
    for (const line of lines) {
      if (y - style.size < BODY_BOTTOM) throw new Error(`${where}: the page's text does not fit on an A4 page`);
      for (const run of line.runs) {
        page.drawText(run.text, { x: MARGIN_X + run.x, y: y - style.size, size: style.size, font: run.font, color: black });
      }
      y -= style.leading;
    }
    const next = blocks[i + 1];
    y -= next && next.kind !== block.kind ? style.after + 8 : style.after;
  });

  // The page number last, as at the foot of the page.
  const footer = footerText(number);
  const footerWidth = measure(fonts.regular, footer, 9);
  page.drawText(footer, { x: (A4[0] - footerWidth) / 2, y: FOOTER_Y, size: 9, font: fonts.regular, color: black });
}

export async function renderPdf(t: SampleTranscript): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts: Fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
    italic: await doc.embedFont(StandardFonts.HelveticaOblique),
  };
  doc.setTitle(documentTitle(t));
  doc.setAuthor(AUTHOR);
  doc.setSubject('Sample transcript for the Scrutiny Workbench sample investigation');
  doc.setCreator(PRODUCER);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(fixedDate(t));
  doc.setModificationDate(fixedDate(t));
  for (let n = 1; n <= t.content.pages.length; n++) {
    drawPage(doc.addPage(A4), t, n, fonts);
  }
  return doc.save();
}

// ---------------------------------------------------------------------------------------------
// Word

const TWIPS_PER_INCH = 1440;

function coreXml(t: SampleTranscript): string {
  const when = fixedDate(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${esc(documentTitle(t))}</dc:title>` +
    `<dc:creator>${esc(AUTHOR)}</dc:creator>` +
    `<cp:lastModifiedBy>${esc(PRODUCER)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * Sets every zip entry's DOS date and time (local header and central directory) to `date`, so the
 * archive does not change with the clock. The entries' data and checksums are untouched.
 */
export function fixZipTimestamps(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const dosTime = 0;
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = out.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < count; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error('zip central directory is malformed');
    view.setUint16(p + 12, dosTime, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('zip local header is malformed');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

function docxParagraph(block: PrintedBlock, pageBreakBefore: boolean): Paragraph {
  const spacing = { after: 160, line: 276 };
  if (block.kind === 'heading') {
    return new Paragraph({ pageBreakBefore, spacing, children: [new TextRun({ text: block.text, bold: true, size: 24 })] });
  }
  if (block.kind === 'notice') {
    return new Paragraph({ pageBreakBefore, spacing, children: [new TextRun({ text: block.text, italics: true, size: 18 })] });
  }
  const children: TextRun[] = [];
  if (block.label !== null) children.push(new TextRun({ text: `${block.label}:`, bold: true }));
  children.push(new TextRun({ text: block.label !== null ? ` ${block.text}` : block.text }));
  return new Paragraph({ pageBreakBefore, spacing, children });
}

export async function renderDocx(t: SampleTranscript): Promise<Uint8Array> {
  const paragraphs: Paragraph[] = [];
  for (let n = 1; n <= t.content.pages.length; n++) {
    printedBlocks(t.content, n).forEach((block, i) => {
      paragraphs.push(docxParagraph(block, n > 1 && i === 0));
    });
  }
  const doc = new Document({
    creator: AUTHOR,
    title: documentTitle(t),
    styles: { default: { document: { run: { font: 'Arial', size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: TWIPS_PER_INCH, bottom: TWIPS_PER_INCH, left: TWIPS_PER_INCH, right: TWIPS_PER_INCH, header: 708, footer: 708 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: t.content.runningHeader, size: 18 })] }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })] }),
            ],
          }),
        },
        children: paragraphs,
      },
    ],
  });
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(t) }]);
  return fixZipTimestamps(new Uint8Array(zip), fixedDate(t));
}

// ---------------------------------------------------------------------------------------------
// Plain text

/**
 * Pages as a PDF-to-text tool leaves them: running header, the page's paragraphs one a line,
 * page number; pages separated by a form feed.
 */
export function renderTxt(t: SampleTranscript): Uint8Array {
  const pages: string[] = [];
  for (let n = 1; n <= t.content.pages.length; n++) {
    const body = printedBlocks(t.content, n).map(blockLine).join('\n\n');
    pages.push(`${t.content.runningHeader}\n\n${body}\n\n${footerText(n)}\n`);
  }
  return new TextEncoder().encode(pages.join('\f'));
}

// ---------------------------------------------------------------------------------------------

export async function renderTranscript(t: SampleTranscript): Promise<Uint8Array> {
  switch (t.format) {
    case 'pdf':
      return renderPdf(t);
    case 'docx':
      return renderDocx(t);
    case 'txt':
      return renderTxt(t);
  }
}

/** Renders every sample transcript into `dir`; returns what it wrote. */
export async function writeSampleTranscripts(dir: string = DEFAULT_OUTPUT_DIR): Promise<{ fileName: string; bytes: number }[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: { fileName: string; bytes: number }[] = [];
  for (const t of SAMPLE_TRANSCRIPTS) {
    const bytes = await renderTranscript(t);
    fs.writeFileSync(path.join(dir, t.fileName), bytes);
    written.push({ fileName: t.fileName, bytes: bytes.length });
  }
  return written;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_OUTPUT_DIR;
  writeSampleTranscripts(dir).then(
    (written) => {
      let total = 0;
      for (const w of written) {
        total += w.bytes;
        console.log(`${w.fileName.padEnd(56)} ${(w.bytes / 1024).toFixed(1).padStart(8)} KB`);
      }
      console.log(`${'total'.padEnd(56)} ${(total / 1024).toFixed(1).padStart(8)} KB  →  ${dir}`);
    },
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
