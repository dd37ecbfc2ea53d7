/**
 * Writes a bundle: a zip (written with yazl) of manifest.json, records/<table>.json and
 * attachments/<sha256>, each listed in the manifest with its SHA-256. The layout is documented
 * in docs/BUNDLE-FORMAT.md. Entries carry a fixed date so the same content makes the same bytes.
 */
import { createHash } from 'node:crypto';
import yazl from 'yazl';
import { BUNDLE_FORMAT_NAME, BUNDLE_FORMAT_VERSION, type BundleKind, type BundleManifest } from '../../shared/domain/bundles';
import type { BundleContent } from './collect';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export interface BundleHeader {
  appVersion: string;
  schemaVersion: number;
  investigation: { id: string; title: string };
  kind: BundleKind;
  since: string | null;
  author: { id: string; name: string };
  authors: Record<string, string>;
  created: string;
}

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The files of a bundle before zipping: name → bytes (the manifest last, once checksums are known). */
export function bundleFiles(header: BundleHeader, content: BundleContent): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const json = (value: unknown) => Buffer.from(JSON.stringify(value, null, 1), 'utf8');
  for (const [table, records] of content.synced) files.set(`records/${table}.json`, json(records));
  for (const [table, rows] of content.content) files.set(`records/${table}.json`, json(rows));
  if (content.attachments.length > 0) files.set('records/attachments.json', json(content.attachments.map((a) => a.meta)));
  if (content.tombstones.length > 0) files.set('records/tombstones.json', json(content.tombstones));
  for (const attachment of content.attachments) files.set(`attachments/${String(attachment.meta.sha256)}`, attachment.data);
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT_NAME,
    formatVersion: BUNDLE_FORMAT_VERSION,
    ...header,
    files: Object.fromEntries([...files].map(([name, bytes]) => [name, { sha256: sha256(bytes), bytes: bytes.byteLength }])),
  };
  return new Map([['manifest.json', json(manifest)], ...files]);
}

/** Zips files (in the order given) into one buffer. */
export function zipFiles(files: Map<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of files) {
    // Original files are mostly PDF or Word (already compressed): stored, not deflated again.
    zip.addBuffer(bytes, name, { mtime: FIXED_DATE, compress: !name.startsWith('attachments/') });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}
