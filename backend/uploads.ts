/**
 * The staging area for files on their way into the store (transcripts now; templates and
 * bundles later).
 *
 * The UI never hands the backend a filesystem path: it uploads the bytes (over HTTP, or over IPC in
 * the desktop app) and gets back an opaque upload id, which an import call then names. So no page,
 * and no document's content, can make the backend read an arbitrary file. The CLI, which already
 * runs as the user, stages files from paths itself.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { ApiError } from '../shared/api/errors';

/** The largest file the workbench accepts for import. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface StagedFile {
  uploadId: string;
  fileName: string;
  size: number;
  path: string;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024)).toLocaleString('en-GB')} MB`;
}

export function tooLarge(fileName: string, size: number): ApiError {
  return new ApiError('payload_too_large', `${fileName} is ${megabytes(size)}; the largest file the workbench imports is ${megabytes(MAX_UPLOAD_BYTES)}.`);
}

/** Keeps only a plain file name: no folders, no control characters, not too long. */
export function safeFileName(name: string): string {
  const base = path.basename(String(name).replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return clean || 'file';
}

/** A file named on the command line, checked before it is read: there, and a file. */
export function statFileToRead(filePath: string): fs.Stats {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch {
    throw new ApiError('not_found', `There is no file at ${filePath}.`);
  }
  if (!stat.isFile()) throw new ApiError('invalid_input', `${filePath} is not a file.`);
  return stat;
}

export class UploadArea {
  private readonly files = new Map<string, StagedFile>();

  /** `onStaged` runs after each file arrives (the backend starts warming the import worker). */
  constructor(
    readonly dir: string,
    private readonly onStaged: (staged: StagedFile) => void = () => {},
  ) {}

  private newTarget(fileName: string): StagedFile {
    fs.mkdirSync(this.dir, { recursive: true });
    const uploadId = randomUUID();
    return { uploadId, fileName: safeFileName(fileName), size: 0, path: path.join(this.dir, uploadId) };
  }

  /** Streams bytes to the staging folder, stopping (and cleaning up) past the size limit. */
  async stageStream(fileName: string, source: Readable): Promise<StagedFile> {
    const staged = this.newTarget(fileName);
    let size = 0;
    const limiter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) callback(tooLarge(staged.fileName, size));
        else callback(null, chunk);
      },
    });
    try {
      await pipeline(source, limiter, fs.createWriteStream(staged.path, { flags: 'wx' }));
    } catch (error) {
      fs.rmSync(staged.path, { force: true });
      if (error instanceof ApiError) throw error;
      throw new ApiError('invalid_input', `${staged.fileName} could not be received (${(error as Error).message}).`);
    }
    staged.size = size;
    this.files.set(staged.uploadId, staged);
    this.onStaged(staged);
    return staged;
  }

  async stageBytes(fileName: string, bytes: Uint8Array): Promise<StagedFile> {
    if (bytes.byteLength > MAX_UPLOAD_BYTES) throw tooLarge(safeFileName(fileName), bytes.byteLength);
    const staged = this.newTarget(fileName);
    fs.writeFileSync(staged.path, bytes, { flag: 'wx' });
    staged.size = bytes.byteLength;
    this.files.set(staged.uploadId, staged);
    this.onStaged(staged);
    return staged;
  }

  /** For the CLI: stages a file the user named on the command line, checking its size first. */
  async stagePath(filePath: string): Promise<StagedFile> {
    const name = path.basename(filePath);
    const stat = statFileToRead(filePath);
    if (stat.size > MAX_UPLOAD_BYTES) throw tooLarge(name, stat.size);
    return this.stageStream(name, fs.createReadStream(filePath));
  }

  get(uploadId: string): StagedFile {
    const staged = UPLOAD_ID.test(uploadId) ? this.files.get(uploadId) : undefined;
    if (!staged || !fs.existsSync(staged.path)) {
      throw new ApiError('not_found', 'That uploaded file is no longer available. Choose the file again.');
    }
    return staged;
  }

  remove(uploadId: string): void {
    const staged = this.files.get(uploadId);
    if (!staged) return;
    this.files.delete(uploadId);
    fs.rmSync(staged.path, { force: true });
  }

  /** Removes everything staged (on close, and left over from a crash on start). */
  clear(): void {
    this.files.clear();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
