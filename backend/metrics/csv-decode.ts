/**
 * The bytes of a CSV file → text, or a message saying plainly why not.
 *
 * 1. Not a CSV at all (an Excel workbook, a PDF, binary data with NUL bytes): refused, naming what
 *    it looks like and how to save it as CSV.
 * 2. A byte-order mark decides: UTF-8 (the mark is dropped, so the first header is not "\uFEFFMonth"),
 *    UTF-16 LE or BE (Excel's "Unicode text").
 * 3. Otherwise strict UTF-8; failing that, Windows-1252 (what Excel on Windows writes for "CSV
 *    (Comma delimited)", with £ as 0xA3), with a warning to check the £ signs and accents.
 * 4. Bytes that are text in neither (0x81, 0x8D, 0x8F, 0x90, 0x9D, or control characters) are
 *    refused with the line they are on: a figure read from a damaged file could be wrong.
 */
import { ApiError } from '../../shared/api/errors';
import { decodeWindows1252 } from '../import/extract/text';

export interface DecodedCsv {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  warnings: string[];
}

const SAVE_AS_CSV = 'Open it in your spreadsheet program and save it as “CSV UTF-8 (Comma delimited)”, then choose that file.';

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineOfChar(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The first character that is not text: a control character other than tab and line breaks. */
function firstControl(text: string): number {
  // eslint-disable-next-line no-control-regex
  const match = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.exec(text);
  return match ? match.index : -1;
}

function notText(fileName: string, line: number, what: string): ApiError {
  return new ApiError('invalid_input', `${fileName} cannot be read safely: line ${line.toLocaleString('en-GB')} has ${what}, which is not a character in UTF-8 or Windows-1252, so the file may be damaged or not a CSV. ${SAVE_AS_CSV}`);
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The byte offset of the first invalid UTF-8 sequence (for the message). */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

export function decodeCsv(bytes: Uint8Array, fileName: string): DecodedCsv {
  if (bytes.length === 0) throw new ApiError('invalid_input', `${fileName} is empty: there is nothing to import.`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new ApiError('invalid_input', `${fileName} is an Excel workbook (or another zipped file), not a CSV. ${SAVE_AS_CSV}`);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new ApiError('invalid_input', `${fileName} is an old-style Excel (.xls) workbook, not a CSV. ${SAVE_AS_CSV}`);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw new ApiError('invalid_input', `${fileName} is a PDF, not a CSV. Download the figures as CSV from the datastore instead.`);

  let decoded: DecodedCsv;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictUtf8(bytes.subarray(3));
    if (text === null) {
      const at = firstBadUtf8(bytes.subarray(3)) + 3;
      throw notText(fileName, lineOfByte(bytes, at), `the byte 0x${bytes[at]!.toString(16).toUpperCase()}, although the file says it is UTF-8,`);
    }
    decoded = { text, encoding: 'utf-8', warnings: [] };
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      decoded = { text: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2)), encoding, warnings: [] };
    } catch {
      throw new ApiError('invalid_input', `${fileName} says it is UTF-16 text but is damaged. ${SAVE_AS_CSV}`);
    }
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw notText(fileName, lineOfByte(bytes, nul), 'a NUL byte (binary data)');
    const text = strictUtf8(bytes);
    if (text !== null) decoded = { text, encoding: 'utf-8', warnings: [] };
    else {
      for (const undefinedByte of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
        const at = bytes.indexOf(undefinedByte);
        if (at !== -1) throw notText(fileName, lineOfByte(bytes, at), `the byte 0x${undefinedByte.toString(16).toUpperCase()}`);
      }
      decoded = {
        text: decodeWindows1252(bytes),
        encoding: 'windows-1252',
        warnings: ['The file is not UTF-8, so it was read as Windows-1252 (as Excel on Windows saves CSV files): check that £ signs, dashes and accented letters look right.'],
      };
    }
  }
  const control = firstControl(decoded.text);
  if (control !== -1) {
    throw notText(fileName, lineOfChar(decoded.text, control), `the control character U+${decoded.text.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  if (decoded.text.trim() === '') throw new ApiError('invalid_input', `${fileName} is empty: there is nothing to import.`);
  return decoded;
}
