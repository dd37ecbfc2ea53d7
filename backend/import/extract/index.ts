/**
 * Transcript extraction: bytes → ExtractedDocument (pages of plain text). Pure: no store, no files.
 *
 * `extractTranscript(bytes, fileName, options)` is the entry point. It refuses empty and oversized
 * files first, then looks at both the content (magic bytes) and the extension:
 *
 *   content \ extension   .pdf          .docx/.docm    .txt/.md       .doc           none/other
 *   %PDF-                 PDF           refuse (1)     refuse (1)     refuse (1)     PDF / refuse (2)
 *   zip (PK)              refuse (1)    Word           refuse (1)     refuse (1)     Word / refuse (2)
 *   OLE (D0 CF 11 E0)     refuse (3)    refuse (3)     refuse (1)     refuse (3)     refuse (3)
 *   anything else         'corrupt'     'corrupt'      text           'corrupt'/RTF  text / refuse (2)
 *
 *   (1) 'unsupported_format': the file is really another kind; rename it (the message says which).
 *   (2) no extension: decided by content; an unknown extension (.rtf, .odt, .pages…) is refused
 *       with advice on how to save the transcript.
 *   (3) an old Word .doc ('unsupported_format', save as .docx), or a password-protected Word file
 *       ('encrypted'), which Word also stores in an OLE file.
 */
import { ImportError, type ExtractOptions, type ExtractedDocument } from '../types';
import { MAX_TRANSCRIPT_BYTES, formatMegabytes, quoteName, startsWith, throwIfAborted } from './common';
import { DOCX_MESSAGES, extractDocx, isOleCompoundFile, isZip, oleFileError } from './docx';
import { extractPdf, looksLikePdf } from './pdf';
import { extractText } from './text';

export { extractPdf, preparePdfExtraction, PDF_MESSAGES } from './pdf';
export { extractDocx, DOCX_MESSAGES } from './docx';
export { extractText, decodeText, splitTextPages, TEXT_MESSAGES } from './text';
export { MAX_TRANSCRIPT_BYTES, DOCX_LIMITS } from './common';

export interface ExtractTranscriptOptions extends ExtractOptions {
  /**
   * The file's size as the caller knows it (from stat), if larger than the bytes given; the size
   * guard uses the larger of the two. Lets the caller (and tests) check a huge file cheaply.
   */
  size?: number;
}

export type ContentKind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'other';

/** What the bytes are, by their first bytes. */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (looksLikePdf(bytes)) return 'pdf';
  if (isZip(bytes)) return 'zip';
  if (isOleCompoundFile(bytes)) return 'ole';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'rtf'; // {\rtf
  return 'other';
}

type ExtensionKind = 'pdf' | 'docx' | 'txt' | 'doc' | 'none' | 'other';

function extensionOf(fileName: string): { kind: ExtensionKind; extension: string } {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const extension = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  switch (extension) {
    case 'pdf':
      return { kind: 'pdf', extension };
    case 'docx':
    case 'docm':
      return { kind: 'docx', extension };
    case 'txt':
    case 'text':
    case 'md':
    case 'markdown':
      return { kind: 'txt', extension };
    case 'doc':
    case 'dot':
      return { kind: 'doc', extension };
    case '':
      return { kind: 'none', extension };
    default:
      return { kind: 'other', extension };
  }
}

const ACCEPTED = 'The workbench imports transcripts saved as PDF (.pdf), Word (.docx) or plain text (.txt or .md).';

function unknownExtension(name: string, extension: string): ImportError {
  const advice: Record<string, string> = {
    rtf: 'Open it in Word and save it as a Word document (.docx).',
    odt: 'Open it in LibreOffice or Word and save it as a Word document (.docx).',
    pages: 'In Pages, choose File › Export To › Word, and import the .docx.',
    html: 'Save the page as PDF, or copy the text into a .txt file.',
    htm: 'Save the page as PDF, or copy the text into a .txt file.',
  };
  return new ImportError(
    'unsupported_format',
    `${name} is a .${extension} file, which the workbench cannot import. ${ACCEPTED}${advice[extension] ? ` ${advice[extension]}` : ''}`,
  );
}

/** "“x.pdf” is really a Word document…": the content and the extension disagree. */
function mismatch(name: string, extension: string, content: ContentKind): ImportError {
  const really: Record<ContentKind, [string, string]> = {
    pdf: ['a PDF', '.pdf'],
    zip: ['a Word document (or another zip archive)', '.docx'],
    ole: ['an older Word document (.doc)', '.doc'],
    rtf: ['a Rich Text (RTF) document', '.rtf'],
    other: ['a text file', '.txt'],
  };
  const [what, ext] = really[content];
  if (content === 'ole') {
    return new ImportError('unsupported_format', `${name} is named as a .${extension} file but is really ${what}. ${DOCX_MESSAGES.legacyDoc}`);
  }
  if (content === 'rtf') {
    return new ImportError('unsupported_format', `${name} is really ${what}. Open it in Word and save it as a Word document (.docx), then import that.`);
  }
  return new ImportError(
    'unsupported_format',
    `${name} is named as a .${extension} file but is really ${what}. Rename it to end in ${ext} and import it again.`,
  );
}

/**
 * Refuse a file that is empty or too large, before reading it. Call it with the size from stat;
 * `extractTranscript` calls it again with the bytes' length.
 */
export function checkTranscriptSize(size: number, fileName: string): void {
  const name = quoteName(fileName);
  if (size <= 0) throw new ImportError('empty', `${name} is empty (0 bytes), so there is nothing to import.`);
  if (size > MAX_TRANSCRIPT_BYTES) {
    throw new ImportError(
      'too_large',
      `${name} is ${formatMegabytes(size)}; the largest transcript the workbench imports is ${formatMegabytes(MAX_TRANSCRIPT_BYTES)}.`,
    );
  }
}

/** Extract a transcript, choosing the extractor by content and extension (see the table above). */
export async function extractTranscript(
  bytes: Uint8Array,
  fileName: string,
  options: ExtractTranscriptOptions = {},
): Promise<ExtractedDocument> {
  checkTranscriptSize(Math.max(bytes.byteLength, options.size ?? 0), fileName);
  throwIfAborted(options);
  const name = quoteName(fileName);
  const content = sniffContent(bytes);
  const { kind, extension } = extensionOf(fileName);
  const extractOptions: ExtractOptions = { signal: options.signal, onProgress: options.onProgress };

  switch (kind) {
    case 'pdf':
      if (content === 'zip' || content === 'ole' || content === 'rtf') throw mismatch(name, extension, content);
      return extractPdf(bytes, extractOptions); // 'other' → 'corrupt': not a PDF
    case 'docx':
      if (content === 'pdf' || content === 'rtf') throw mismatch(name, extension, content);
      return extractDocx(bytes, extractOptions); // OLE → .doc / encrypted; 'other' → 'corrupt'
    case 'doc':
      if (content === 'ole') throw oleFileError(bytes);
      if (content === 'other') throw new ImportError('corrupt', DOCX_MESSAGES.notWord);
      throw mismatch(name, extension, content);
    case 'txt':
      if (content !== 'other') throw mismatch(name, extension, content);
      return extractText(bytes, extractOptions);
    case 'none':
      if (content === 'pdf') return extractPdf(bytes, extractOptions);
      if (content === 'zip') return extractDocx(bytes, extractOptions);
      if (content === 'ole') throw oleFileError(bytes);
      if (content === 'rtf') throw mismatch(name, extension, content);
      return extractText(bytes, extractOptions);
    case 'other':
      throw unknownExtension(name, extension);
  }
}
