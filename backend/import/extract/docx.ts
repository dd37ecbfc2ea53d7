/**
 * Word (.docx) → pages of text.
 *
 * Only word/document.xml is read: it is inflated as a stream (see safe-zip.ts for what is refused)
 * straight into a streaming XML parser, so the XML is never held in memory whole. Headers and
 * footers live in other parts (header1.xml…), so they never reach the text; page-number lines that
 * were typed into the body (as in a Word file converted from a PDF) are removed by `cleanPages`.
 *
 * The text: each paragraph (w:p, including those in tables and text boxes) is a line; w:t is text,
 * w:tab a tab, w:br a line break, w:noBreakHyphen a hyphen. Deleted text (w:del, w:moveFrom) and
 * hidden text (w:vanish) are left out, inserted text (w:ins, w:moveTo) kept, as Word shows the
 * document with all changes accepted. In mc:AlternateContent only the first choice is read (the
 * fallback repeats the same text box for older readers).
 *
 * Pages: an explicit page break (w:br w:type="page", a paragraph with w:pageBreakBefore, or a
 * section break that starts a new page: w:sectPr inside a paragraph's w:pPr, unless its w:type is
 * continuous or nextColumn) starts a new page, except before any text (there is no page before it
 * to end). Word also saves w:lastRenderedPageBreak where its last layout broke the pages; that
 * starts a new page too, except when the current page has no text yet: right after an explicit
 * break Word writes a lastRenderedPageBreak at the start of the next text as well, and counting
 * both would put an empty page between them (and one at the very start of the document is
 * meaningless). Pages are numbered 1, 2, 3… by position (or by consistently offset page-number
 * lines typed in the body, see `cleanPages`); restarted numbering in section properties is not read.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ImportError, type ExtractOptions, type ExtractedDocument } from '../types';
import { DOCX_LIMITS, indexOfAscii, reportProgress, startsWith, throwIfAborted, type DocxLimits } from './common';
import { cleanPages, type RawPage } from './layout';
import { linesToPageText } from './normalise';
import { openZipDirectory, streamEntry, type ZipMessages } from './safe-zip';

export const DOCX_MESSAGES = {
  notWord:
    'This file is not a Word document, or it is damaged: it cannot be opened as a .docx file. ' +
    'Open it in Word and save it again as a Word document (.docx), or import the PDF instead.',
  legacyDoc:
    'This is an older Word document (.doc), which the workbench cannot read. ' +
    'Open it in Word, choose File › Save As › Word Document (.docx), and import the .docx (or a PDF) instead.',
  encrypted:
    'This Word document is protected by a password. Remove the password in Word (File › Info › Protect Document), ' +
    'or ask the committee service for an unprotected copy, and import it again.',
  noText: 'This Word document has no text in it, so there is nothing to import.',
  unsafe: (detail: string) =>
    `This Word file was not opened because it is not safe: ${detail}. Ask the sender for a fresh copy, or import the PDF instead.`,
  noPageBreaks:
    'This Word document has no page breaks saved in it, so the whole transcript is page 1. ' +
    'To get page numbers, open it in Word and save it again, or import the PDF.',
  trackedChanges: 'The Word document has tracked changes: deleted text was left out and inserted text kept, as if all changes were accepted.',
  excel: 'This is an Excel workbook, not a Word document. Import the transcript as a Word document (.docx), PDF or text file.',
  powerpoint: 'This is a PowerPoint presentation, not a Word document. Import the transcript as a Word document (.docx), PDF or text file.',
  openDocument:
    'This is an OpenDocument file (for example from LibreOffice), not a Word document. Save it as Word (.docx) or PDF and import that.',
} as const;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE_MAGIC);
}

export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC);
}

/**
 * A password-protected .docx is not a zip: Word stores it in an OLE compound file holding an
 * "EncryptedPackage" stream (the name is UTF-16 in the file's directory).
 */
export function isEncryptedOfficeFile(bytes: Uint8Array): boolean {
  if (!isOleCompoundFile(bytes)) return false;
  const name = 'EncryptedPackage';
  let utf16 = '';
  for (const ch of name) utf16 += `${ch}\u0000`;
  return indexOfAscii(bytes, utf16) !== -1;
}

/** The refusal for an OLE file (legacy .doc, or an encrypted .docx). */
export function oleFileError(bytes: Uint8Array): ImportError {
  return isEncryptedOfficeFile(bytes)
    ? new ImportError('encrypted', DOCX_MESSAGES.encrypted)
    : new ImportError('unsupported_format', DOCX_MESSAGES.legacyDoc);
}

const ZIP_MESSAGES: ZipMessages = { corrupt: DOCX_MESSAGES.notWord, unsafe: DOCX_MESSAGES.unsafe, encrypted: DOCX_MESSAGES.encrypted };

export async function extractDocx(
  bytes: Uint8Array,
  options?: ExtractOptions,
  /** For tests; the defaults are DOCX_LIMITS. */
  limits: DocxLimits = { ...DOCX_LIMITS },
): Promise<ExtractedDocument> {
  throwIfAborted(options);
  if (bytes.byteLength === 0) throw new ImportError('empty', 'This file is empty (0 bytes), so there is nothing to import.');
  if (isOleCompoundFile(bytes)) throw oleFileError(bytes);
  if (!isZip(bytes)) throw new ImportError('corrupt', DOCX_MESSAGES.notWord);

  const directory = await openZipDirectory(bytes, limits, ZIP_MESSAGES, options?.signal);
  try {
    const entry = directory.entries.get('word/document.xml');
    if (!entry) {
      const has = (name: string) => directory.entries.has(name);
      if (has('xl/workbook.xml')) throw new ImportError('unsupported_format', DOCX_MESSAGES.excel);
      if (has('ppt/presentation.xml')) throw new ImportError('unsupported_format', DOCX_MESSAGES.powerpoint);
      if (has('content.xml') && has('mimetype')) throw new ImportError('unsupported_format', DOCX_MESSAGES.openDocument);
      throw new ImportError('corrupt', DOCX_MESSAGES.notWord);
    }

    const collector = new DocumentXmlText((done) => reportProgress(options, done, null));
    const parser = new SaxesParser({ xmlns: true, position: false });
    parser.on('doctype', () => {
      // Word never writes a DOCTYPE; one here could only be an attempt at entity tricks.
      throw new ImportError('unsafe_archive', DOCX_MESSAGES.unsafe('its text part declares a DOCTYPE, which Word never does'));
    });
    parser.on('opentag', (tag) => collector.open(tag));
    parser.on('closetag', (tag) => collector.close(tag));
    parser.on('text', (text) => collector.text(text));
    parser.on('cdata', (text) => collector.text(text));

    const state: { decoder: TextDecoder | null } = { decoder: null };
    const write = (text: string) => {
      try {
        parser.write(text);
      } catch (error) {
        throw error instanceof ImportError ? error : new ImportError('corrupt', DOCX_MESSAGES.notWord);
      }
    };
    await streamEntry(directory, entry, limits.maxDocumentXmlBytes, limits, ZIP_MESSAGES, (chunk) => {
      // Word writes UTF-8; UTF-16 (with a byte-order mark) is allowed by XML, so accept it too.
      state.decoder ??= new TextDecoder(
        chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8',
      );
      write(state.decoder.decode(chunk, { stream: true }));
    }, options?.signal);
    if (state.decoder) write(state.decoder.decode());
    try {
      parser.close();
    } catch (error) {
      throw error instanceof ImportError ? error : new ImportError('corrupt', DOCX_MESSAGES.notWord);
    }
    throwIfAborted(options);

    const raw = collector.finish();
    const rawPages: RawPage[] = raw.pages.map((lines, i) => ({ index: i + 1, lines: lines.flatMap((line) => line.split('\n')).map((text) => ({ text })) }));
    const cleaned = cleanPages(rawPages, { positional: false, source: 'Word document' });
    const pages = cleaned.pages.map((page) => ({ number: page.number, text: linesToPageText(page.lines) }));
    if (pages.every((page) => page.text === '')) throw new ImportError('no_text', DOCX_MESSAGES.noText);

    const warnings: string[] = [];
    if (pages.length === 1) warnings.push(DOCX_MESSAGES.noPageBreaks);
    if (raw.trackedChanges) warnings.push(DOCX_MESSAGES.trackedChanges);
    warnings.push(...cleaned.warnings);
    reportProgress(options, pages.length, pages.length);
    return { format: 'docx', pages, warnings };
  } finally {
    directory.zipfile.close();
  }
}

// ── document.xml → pages of lines ───────────────────────────────────────────────────────────────

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // "Strict" Open XML
]);
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** A w: attribute's value (attributes are namespaced: w:val, w:type). */
function wAttr(tag: SaxesTagNS, local: string): string | undefined {
  for (const attribute of Object.values(tag.attributes)) {
    if (attribute.local === local && (W_NAMESPACES.has(attribute.uri) || attribute.uri === '')) return attribute.value;
  }
  return undefined;
}

/** Word's on/off properties: present means on, unless w:val is false/0/off. */
function isOn(tag: SaxesTagNS): boolean {
  const value = wAttr(tag, 'val');
  return value === undefined || !/^(false|0|off)$/i.test(value);
}

interface OpenParagraph {
  text: string;
  /** A section break at the end of this paragraph: its w:type ("nextPage" if none given). */
  sectionBreak: string | null;
}

/** Collects the text of document.xml from parser events. Exported for tests. */
export class DocumentXmlText {
  private readonly pages: string[][] = [[]];
  private readonly paragraphs: OpenParagraph[] = [];
  private body = 0;
  private run = 0;
  private textElement = 0;
  private paragraphProperties = 0;
  private runProperties = 0;
  private propertyChange = 0;
  /** Inside deleted text, or an mc:Fallback. */
  private skipped = 0;
  private sectionProperties = 0;
  private hiddenRun = false;
  private anyText = false;
  private pageHasText = false;
  trackedChanges = false;

  constructor(private readonly onPage: (pagesDone: number) => void = () => undefined) {}

  open(tag: SaxesTagNS): void {
    if (tag.uri === MC_NAMESPACE) {
      if (tag.local === 'Fallback') this.skipped++;
      return;
    }
    if (!W_NAMESPACES.has(tag.uri)) return;
    const local = tag.local;
    if (local === 'body') this.body++;
    if (this.body === 0) return;
    if (local.endsWith('PrChange')) {
      // Formatting as it was before a tracked change: not the document's current properties.
      this.propertyChange++;
      return;
    }
    if (this.propertyChange > 0) return;
    switch (local) {
      case 'p':
        this.paragraphs.push({ text: '', sectionBreak: null });
        break;
      case 'pPr':
        this.paragraphProperties++;
        break;
      case 'pageBreakBefore':
        if (this.paragraphProperties > 0 && this.skipped === 0 && isOn(tag)) this.explicitBreak();
        break;
      case 'sectPr':
        this.sectionProperties++;
        if (this.paragraphProperties > 0) {
          const paragraph = this.paragraphs[this.paragraphs.length - 1];
          if (paragraph) paragraph.sectionBreak = 'nextPage';
        }
        break;
      case 'type':
        if (this.sectionProperties > 0 && this.paragraphProperties > 0) {
          const paragraph = this.paragraphs[this.paragraphs.length - 1];
          if (paragraph) paragraph.sectionBreak = wAttr(tag, 'val') ?? 'nextPage';
        }
        break;
      case 'r':
        this.run++;
        this.hiddenRun = false;
        break;
      case 'rPr':
        this.runProperties++;
        break;
      case 'vanish':
        if (this.run > 0 && this.runProperties > 0 && this.paragraphProperties === 0) this.hiddenRun = isOn(tag);
        break;
      case 't':
        if (this.run > 0) this.textElement++;
        break;
      case 'del':
      case 'moveFrom':
        this.trackedChanges = true;
        this.skipped++;
        break;
      case 'ins':
      case 'moveTo':
        this.trackedChanges = true;
        break;
      case 'tab':
      case 'ptab':
        if (this.run > 0 && this.paragraphProperties === 0) this.append('\t');
        break;
      case 'br':
        if (this.run === 0) break;
        if (wAttr(tag, 'type') === 'page') {
          if (this.skipped === 0 && !this.hiddenRun) this.explicitBreak();
        } else {
          this.append('\n');
        }
        break;
      case 'cr':
        if (this.run > 0) this.append('\n');
        break;
      case 'noBreakHyphen':
        if (this.run > 0) this.append('-');
        break;
      case 'lastRenderedPageBreak':
        if (this.skipped === 0) this.renderedBreak();
        break;
    }
  }

  close(tag: SaxesTagNS): void {
    if (tag.uri === MC_NAMESPACE) {
      if (tag.local === 'Fallback') this.skipped--;
      return;
    }
    if (!W_NAMESPACES.has(tag.uri)) return;
    const local = tag.local;
    if (local === 'body') this.body--;
    if (this.body === 0 && local !== 'body') return;
    if (local.endsWith('PrChange')) {
      this.propertyChange--;
      return;
    }
    if (this.propertyChange > 0) return;
    switch (local) {
      case 'p': {
        const paragraph = this.paragraphs.pop();
        if (!paragraph) break;
        this.currentPage().push(paragraph.text);
        const type = paragraph.sectionBreak;
        if (type !== null && type !== 'continuous' && type !== 'nextColumn') this.explicitBreak();
        break;
      }
      case 'pPr':
        this.paragraphProperties--;
        break;
      case 'sectPr':
        this.sectionProperties--;
        break;
      case 'r':
        this.run--;
        this.hiddenRun = false;
        break;
      case 'rPr':
        this.runProperties--;
        break;
      case 't':
        if (this.run > 0) this.textElement--;
        break;
      case 'del':
      case 'moveFrom':
        this.skipped--;
        break;
    }
  }

  text(text: string): void {
    if (this.textElement > 0) this.append(text);
  }

  /** The pages, each a list of lines (a line may hold \n from w:br). */
  finish(): { pages: string[][]; trackedChanges: boolean } {
    // A break after the last text leaves an empty page at the end: Word prints it blank; drop it.
    while (this.pages.length > 1 && this.pages[this.pages.length - 1]!.every((line) => line.trim() === '')) this.pages.pop();
    return { pages: this.pages, trackedChanges: this.trackedChanges };
  }

  private currentPage(): string[] {
    return this.pages[this.pages.length - 1]!;
  }

  private append(text: string): void {
    if (this.skipped > 0 || this.hiddenRun) return;
    const paragraph = this.paragraphs[this.paragraphs.length - 1];
    if (!paragraph) return;
    paragraph.text += text;
    if (/\S/.test(text)) {
      this.anyText = true;
      this.pageHasText = true;
    }
  }

  private explicitBreak(): void {
    if (this.anyText) this.newPage();
  }

  private renderedBreak(): void {
    if (this.pageHasText) this.newPage();
  }

  private newPage(): void {
    // The part of each open paragraph before the break stays on the page that ends here.
    for (const paragraph of this.paragraphs) {
      if (paragraph.text !== '') {
        this.currentPage().push(paragraph.text);
        paragraph.text = '';
      }
    }
    this.pages.push([]);
    this.pageHasText = false;
    this.onPage(this.pages.length - 1);
  }
}
