/**
 * Finished bundles, kept beside the store (`.exports/<store name>/bundles/<id>.scrutiny` with
 * `<id>.json` naming it) until the clerk downloads them (browser host: GET /api/bundles/<id>) or
 * saves them where they choose (desktop, CLI). Only a UUID is ever turned into a path; writes are
 * atomic (backend/export's writeAtomically); bundles older than a day are cleared on the next save.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/errors';
import { exportsDir, isExportId, writeAtomically } from '../export';
import { pruneExports } from '../export/export-area';

export interface StoredBundle {
  bundleId: string;
  fileName: string;
  path: string;
  bytes: number;
}

export function bundlesDir(storePath: string): string {
  return path.join(exportsDir(storePath), 'bundles');
}

function writeBytes(temporary: string, bytes: Uint8Array): void {
  const fd = fs.openSync(temporary, 'wx', 0o644);
  try {
    fs.writeFileSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function saveBundle(storePath: string, fileName: string, bytes: Uint8Array): StoredBundle {
  const dir = bundlesDir(storePath);
  fs.mkdirSync(dir, { recursive: true });
  pruneExports(dir);
  const bundleId = randomUUID();
  const file = path.join(dir, `${bundleId}.scrutiny`);
  writeAtomically(file, (temporary) => writeBytes(temporary, bytes));
  writeAtomically(path.join(dir, `${bundleId}.json`), (temporary) => writeBytes(temporary, Buffer.from(JSON.stringify({ fileName }))));
  return { bundleId, fileName, path: file, bytes: bytes.byteLength };
}

export function findBundle(storePath: string, bundleId: unknown): StoredBundle | undefined {
  if (!isExportId(bundleId)) return undefined;
  const dir = bundlesDir(storePath);
  const file = path.join(dir, `${bundleId}.scrutiny`);
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, `${bundleId}.json`), 'utf8')) as { fileName?: unknown };
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    return { bundleId, fileName: typeof meta.fileName === 'string' && meta.fileName ? meta.fileName : 'Bundle.scrutiny', path: file, bytes: stat.size };
  } catch {
    return undefined;
  }
}

/** Copies a finished bundle to where the clerk chose, atomically. */
export function copyBundleTo(storePath: string, bundleId: string, destination: string): { path: string; bytes: number } {
  const found = findBundle(storePath, bundleId);
  if (!found) throw new ApiError('not_found', 'That bundle is no longer available (bundles are kept for a day). Export it again.');
  const target = path.resolve(destination);
  const bytes = fs.readFileSync(found.path);
  writeAtomically(target, (temporary) => writeBytes(temporary, bytes));
  return { path: target, bytes: found.bytes };
}

export function removeBundle(storePath: string, bundleId: string): void {
  if (!isExportId(bundleId)) return;
  const dir = bundlesDir(storePath);
  fs.rmSync(path.join(dir, `${bundleId}.json`), { force: true });
  fs.rmSync(path.join(dir, `${bundleId}.scrutiny`), { force: true });
}
