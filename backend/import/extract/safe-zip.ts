/**
 * Reading one part of a zip archive (a Word file) without trusting the archive.
 *
 * Refused, as 'unsafe_archive':
 * - entry names with "..", an absolute path ("/x", "C:x"), a backslash or control characters;
 * - more entries than DOCX_LIMITS.maxEntries (counted from the directory before reading any);
 * - sizes declared beyond the limits: one part over maxDocumentXmlBytes, all parts together over
 *   maxTotalDeclaredBytes, or a large part compressed more than maxCompressionRatio : 1;
 * - while inflating: more bytes than declared (yauzl's validateEntrySizes), more than the limit or
 *   a ratio over the limit (counted here as the bytes come, stopping at once: declared sizes are
 *   not trusted), so a zip bomb is stopped after at most the limit, never inflated in full;
 * - two entries with the same name (which one a reader would take is ambiguous).
 * Nothing is written to disk and only the requested part is inflated.
 */
import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportError } from '../types';
import { cancelled, type DocxLimits } from './common';

export interface ZipDirectory {
  zipfile: ZipFile;
  /** Entries by lower-cased name (zip part names in Office files are case-insensitive). */
  entries: Map<string, Entry>;
}

export interface ZipMessages {
  corrupt: string;
  unsafe: (detail: string) => string;
  encrypted: string;
}

/** Open the archive and check its whole directory. The caller must close `zipfile`. */
export async function openZipDirectory(bytes: Uint8Array, limits: DocxLimits, messages: ZipMessages, signal?: AbortSignal): Promise<ZipDirectory> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength); // a view, not a copy
  const zipfile = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(
      buffer,
      // decodeStrings: false, so that names are checked here (strictly) rather than "fixed" by yauzl.
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: false, strictFileNames: true, autoClose: false },
      (error, zip) => (error || !zip ? reject(new ImportError('corrupt', messages.corrupt)) : resolve(zip)),
    );
  });
  try {
    if (zipfile.entryCount > limits.maxEntries) {
      throw new ImportError(
        'unsafe_archive',
        messages.unsafe(`it holds ${zipfile.entryCount.toLocaleString('en-GB')} files, more than any real Word document`),
      );
    }
    const entries = new Map<string, Entry>();
    let declaredTotal = 0;
    await new Promise<void>((resolve, reject) => {
      const fail = (error: unknown) => {
        zipfile.removeAllListeners('entry');
        reject(error instanceof ImportError ? error : new ImportError('corrupt', messages.corrupt));
      };
      zipfile.on('error', fail);
      zipfile.on('end', () => resolve());
      zipfile.on('entry', (entry: Entry) => {
        try {
          if (signal?.aborted) throw cancelled();
          const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
          const problem = unsafeName(name);
          if (problem) throw new ImportError('unsafe_archive', messages.unsafe(problem));
          const key = name.toLowerCase();
          if (entries.has(key)) throw new ImportError('unsafe_archive', messages.unsafe(`it contains “${name}” twice`));
          declaredTotal += entry.uncompressedSize;
          if (declaredTotal > limits.maxTotalDeclaredBytes) {
            throw new ImportError('unsafe_archive', messages.unsafe('its contents would unpack to far more than any real Word document'));
          }
          entries.set(key, entry);
          zipfile.readEntry();
        } catch (error) {
          fail(error);
        }
      });
      zipfile.readEntry();
    });
    return { zipfile, entries };
  } catch (error) {
    zipfile.close();
    throw error;
  }
}

/** Why a name is unsafe, or null. */
export function unsafeName(name: string): string | null {
  const shown = name.replace(/[\u0000-\u001F\u007F]/g, '?');
  if (name.includes('\\')) return `it contains a file named “${shown}” (with a backslash)`;
  if (/[\u0000-\u001F\u007F]/.test(name)) return `it contains a file whose name has control characters (“${shown}”)`;
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return `it contains a file with an absolute path (“${shown}”)`;
  if (name.split('/').includes('..')) return `it contains a file that points outside the archive (“${shown}”)`;
  return null;
}

/**
 * Inflate one entry, handing each chunk to `onChunk` as it comes, and stop as soon as a limit is
 * crossed. Resolves when the entry has been read in full.
 */
export async function streamEntry(
  directory: ZipDirectory,
  entry: Entry,
  maxBytes: number,
  limits: DocxLimits,
  messages: ZipMessages,
  onChunk: (chunk: Buffer) => void,
  signal?: AbortSignal,
): Promise<void> {
  if (entry.isEncrypted()) throw new ImportError('encrypted', messages.encrypted);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) throw new ImportError('corrupt', messages.corrupt);
  const tooBig = () => new ImportError('unsafe_archive', messages.unsafe('its text would unpack to far more than any real Word document'));
  const bomb = () => new ImportError('unsafe_archive', messages.unsafe('it is compressed far more than a real Word document (a “zip bomb”)'));
  const compressed = Math.max(1, entry.compressedSize);
  // Declared sizes first (cheap, and honest archives are refused before any inflating)...
  if (entry.uncompressedSize > maxBytes) throw tooBig();
  if (entry.uncompressedSize > limits.ratioCheckFromBytes && entry.uncompressedSize / compressed > limits.maxCompressionRatio) throw bomb();

  const stream = await new Promise<Readable>((resolve, reject) => {
    directory.zipfile.openReadStream(entry, (error, readable) =>
      error || !readable ? reject(new ImportError('corrupt', messages.corrupt)) : resolve(readable),
    );
  });
  // ...then the real bytes, counted as they are inflated.
  await new Promise<void>((resolve, reject) => {
    let inflated = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) return resolve();
      stream.removeAllListeners('data');
      stream.on('error', () => undefined); // late errors after destroy are expected
      stream.destroy();
      reject(error);
    };
    const onAbort = () => finish(cancelled());
    if (signal?.aborted) return finish(cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      if (settled) return;
      inflated += chunk.length;
      if (inflated > maxBytes) return finish(tooBig());
      if (inflated > limits.ratioCheckFromBytes && inflated / compressed > limits.maxCompressionRatio) return finish(bomb());
      if (signal?.aborted) return finish(cancelled());
      try {
        onChunk(chunk);
      } catch (error) {
        finish(error);
      }
    });
    stream.on('error', (error: Error) => {
      // yauzl's size check: the entry inflates to more than its declared size.
      if (/too many bytes/i.test(error.message)) {
        return finish(new ImportError('unsafe_archive', messages.unsafe('it unpacks to more than it says it holds (a sign of a “zip bomb”)')));
      }
      finish(new ImportError('corrupt', messages.corrupt));
    });
    stream.on('end', () => finish());
  });
}
