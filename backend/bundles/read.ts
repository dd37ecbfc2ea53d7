/**
 * Reads a bundle without trusting it. The zip is opened with the same hardened reader as Word
 * files (backend/import/extract/safe-zip.ts: `..` and absolute paths, duplicate names, entry
 * counts, declared and actual inflated sizes, compression ratio), then:
 * - only manifest.json, records/<known table>.json and attachments/<sha256> may appear;
 * - the manifest must be this format, of a version and schema this app understands;
 * - every file must be listed in the manifest with the SHA-256 it really has, and every listed
 *   file must be present; each attachment's name must be the SHA-256 of its bytes;
 * - records must be arrays of objects with known columns and plain values.
 * Anything wrong is refused with a BundleError before the store is touched.
 */
import type { Entry } from 'yauzl';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { ApiError } from '../../shared/api/errors';
import { BUNDLE_FORMAT_NAME, BUNDLE_FORMAT_VERSION, recordKindLabel, type BundleManifest } from '../../shared/domain/bundles';
import { ImportError } from '../import/types';
import { openZipDirectory, streamEntry, type ZipMessages } from '../import/extract/safe-zip';
import type { DocxLimits } from '../import/extract/common';
import type { AttachmentFile, BundleContent, FieldClock, SyncedRecord, Tombstone } from './collect';
import { columnsOf, TABLE_BY_NAME } from './tables';
import { sha256 } from './write';

const MB = 1024 * 1024;

export interface BundleLimits {
  maxEntries: number;
  /** Any one file inside the bundle may inflate to this at most. */
  maxEntryBytes: number;
  maxTotalBytes: number;
  maxCompressionRatio: number;
  ratioCheckFromBytes: number;
}

export const BUNDLE_LIMITS: BundleLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 200 * MB,
  maxTotalBytes: 1024 * MB,
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 10 * MB,
};

export function bundleRefused(fileName: string, reason: string): ApiError {
  return new ApiError('invalid_input', `“${fileName}” was not imported: ${reason}. Nothing in the store was changed.`);
}

export interface ParsedBundle {
  fileName: string;
  manifest: BundleManifest;
  content: BundleContent;
}

const HEX64 = /^[0-9a-f]{64}$/;
const ENTRY_NAME = /^(manifest\.json|records\/[a-z_]+\.json|attachments\/[0-9a-f]{64})$/;
const ID = /^[A-Za-z0-9-]{1,100}$/;
const HLC = /^\d{4}-\d\d-\d\dT[0-9:.]+Z-\d{8}-[A-Za-z0-9-]{1,100}$/;

type Value = string | number | null;
const isPlain = (v: unknown): v is Value => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export async function readBundle(bytes: Uint8Array, fileName: string, limits: BundleLimits = BUNDLE_LIMITS): Promise<ParsedBundle> {
  const refuse = (reason: string) => bundleRefused(fileName, reason);
  const messages: ZipMessages = {
    corrupt: 'it is not a complete bundle (the file is damaged or was cut short); ask for it to be sent again',
    unsafe: (detail) => `it is not safe to open: ${detail}`,
    encrypted: 'it is protected by a password, which bundles never are',
  };
  const zipLimits: DocxLimits = {
    maxEntries: limits.maxEntries,
    maxDocumentXmlBytes: limits.maxEntryBytes,
    maxTotalDeclaredBytes: limits.maxTotalBytes,
    maxCompressionRatio: limits.maxCompressionRatio,
    ratioCheckFromBytes: limits.ratioCheckFromBytes,
  };
  if (bytes.byteLength === 0) throw refuse('the file is empty');
  const files = new Map<string, Buffer>();
  try {
    const directory = await openZipDirectory(bytes, zipLimits, messages);
    try {
      for (const [name, entry] of directory.entries) {
        if (!ENTRY_NAME.test(name)) throw refuse(`it holds a file “${name}” that a bundle never contains`);
        const chunks: Buffer[] = [];
        await streamEntry(directory, entry as Entry, limits.maxEntryBytes, zipLimits, { ...messages, unsafe: (d) => messages.unsafe(d.replace('its text', `“${name}”`).replace('a real Word document', 'a real bundle')) }, (chunk) => chunks.push(chunk));
        files.set(name, Buffer.concat(chunks));
      }
    } finally {
      directory.zipfile.close();
    }
  } catch (error) {
    if (error instanceof ImportError) throw refuse(error.message.replace(/\.$/, ''));
    throw error;
  }

  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw refuse('it has no manifest.json, so it is not a Scrutiny Workbench bundle');
  let manifest: BundleManifest;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as BundleManifest;
  } catch {
    throw refuse('its manifest.json is not valid JSON');
  }
  checkManifest(manifest, refuse);

  for (const [name, listed] of Object.entries(manifest.files)) {
    const present = files.get(name);
    if (!present) throw refuse(`its manifest lists “${name}”, which is missing from the bundle`);
    if (sha256(present) !== listed.sha256) throw refuse(`“${name}” does not match its checksum in the manifest (the bundle was altered or damaged after it was made)`);
  }
  for (const name of files.keys()) {
    if (name !== 'manifest.json' && !manifest.files[name]) throw refuse(`it holds “${name}”, which its manifest does not list`);
  }
  return { fileName, manifest, content: parseContent(files, refuse) };
}

function checkManifest(m: BundleManifest, refuse: (reason: string) => ApiError): void {
  if (!isObject(m) || m.format !== BUNDLE_FORMAT_NAME) throw refuse('it is not a Scrutiny Workbench bundle (its manifest names another format)');
  if (!Number.isInteger(m.formatVersion) || m.formatVersion < 1) throw refuse('its manifest has no valid format version');
  if (m.formatVersion > BUNDLE_FORMAT_VERSION) {
    throw refuse(`it was made by a newer version of Scrutiny Workbench (bundle format ${m.formatVersion}; this app reads up to ${BUNDLE_FORMAT_VERSION}). Update the app, then import it again`);
  }
  if (!Number.isInteger(m.schemaVersion) || m.schemaVersion > LATEST_SCHEMA_VERSION) {
    throw refuse(`it was made by a newer version of Scrutiny Workbench (store version ${String(m.schemaVersion)}; this app understands up to ${LATEST_SCHEMA_VERSION}). Update the app, then import it again`);
  }
  if (!isObject(m.investigation) || typeof m.investigation.id !== 'string' || !ID.test(m.investigation.id) || typeof m.investigation.title !== 'string') {
    throw refuse('its manifest does not say which investigation it is for');
  }
  if (m.kind !== 'whole' && m.kind !== 'since') throw refuse('its manifest does not say whether it is a whole investigation or recent work');
  if (!isObject(m.author) || typeof m.author.id !== 'string' || typeof m.author.name !== 'string') throw refuse('its manifest does not say who made it');
  if (m.authors !== undefined && (!isObject(m.authors) || !Object.values(m.authors).every((name) => typeof name === 'string'))) {
    throw refuse('its manifest’s list of authors is not a list of names');
  }
  if (!isObject(m.files)) throw refuse('its manifest does not list its files');
  for (const [name, file] of Object.entries(m.files)) {
    if (!isObject(file) || typeof file.sha256 !== 'string' || !HEX64.test(file.sha256)) throw refuse(`its manifest has no valid checksum for “${name}”`);
  }
}

function parseContent(files: Map<string, Buffer>, refuse: (reason: string) => ApiError): BundleContent {
  const content: BundleContent = { synced: new Map(), content: new Map(), attachments: [], tombstones: [] };
  const seenIds = new Map<string, string>();
  const claim = (id: string, table: string) => {
    const other = seenIds.get(id);
    if (other && other !== table) {
      throw refuse(`the same id (${id}) is used for a ${recordKindLabel(other)} and a ${recordKindLabel(table)}, so it cannot be merged by id`);
    }
    seenIds.set(id, table);
  };
  const parseJson = (name: string): unknown[] => {
    let value: unknown;
    try {
      value = JSON.parse(files.get(name)!.toString('utf8'));
    } catch {
      throw refuse(`“${name}” is not valid JSON`);
    }
    if (!Array.isArray(value)) throw refuse(`“${name}” is not a list of records`);
    return value;
  };
  const checkRow = (table: string, row: unknown, name: string): Record<string, Value> => {
    if (!isObject(row)) throw refuse(`“${name}” holds something that is not a record`);
    const known = new Set(columnsOf(table));
    for (const [column, value] of Object.entries(row)) {
      if (!known.has(column)) throw refuse(`a ${recordKindLabel(table)} in it has a field “${column}” this version does not know`);
      if (!isPlain(value)) throw refuse(`a ${recordKindLabel(table)} in it has a field “${column}” that is not plain text or a number`);
    }
    return row as Record<string, Value>;
  };
  const checkClock = (value: unknown, what: string): string => {
    if (typeof value !== 'string' || !HLC.test(value)) throw refuse(`${what} has no valid clock`);
    return value;
  };

  for (const name of files.keys()) {
    const match = /^records\/([a-z_]+)\.json$/.exec(name);
    if (!match) continue;
    const table = match[1]!;
    if (table === 'tombstones') {
      for (const t of parseJson(name)) {
        if (!isObject(t) || typeof t.table !== 'string' || TABLE_BY_NAME.get(t.table)?.kind !== 'synced' || typeof t.id !== 'string' || !ID.test(t.id)) {
          throw refuse('it lists a deletion of something that is not a record the workbench knows');
        }
        claim(t.id, t.table);
        content.tombstones.push({ table: t.table, id: t.id, hlc: checkClock(t.hlc, 'a deletion'), author: String(t.author ?? '') } satisfies Tombstone);
      }
      continue;
    }
    const spec = TABLE_BY_NAME.get(table);
    if (!spec) throw refuse(`it holds records of a kind this version does not know (“${table}”)`);
    if (spec.kind === 'synced') {
      const records: SyncedRecord[] = [];
      for (const record of parseJson(name)) {
        if (!isObject(record)) throw refuse(`“${name}” holds something that is not a record`);
        const row = checkRow(table, record.row, name);
        if (typeof row.id !== 'string' || !ID.test(row.id)) throw refuse(`a ${recordKindLabel(table)} in it has no valid id`);
        claim(row.id, table);
        const fields: Record<string, FieldClock> = {};
        if (!isObject(record.fields ?? {})) throw refuse(`a ${recordKindLabel(table)} in it has invalid field clocks`);
        for (const [field, clock] of Object.entries((record.fields ?? {}) as Record<string, unknown>)) {
          if (!columnsOf(table).includes(field) || !isObject(clock)) throw refuse(`a ${recordKindLabel(table)} in it has a clock for an unknown field “${field}”`);
          const base = clock.base === null || clock.base === undefined ? null : checkClock(clock.base, `a ${recordKindLabel(table)}`);
          fields[field] = { hlc: checkClock(clock.hlc, `a ${recordKindLabel(table)}`), base, author: String(clock.author ?? '') };
        }
        records.push({ row, hlc: checkClock(record.hlc, `a ${recordKindLabel(table)}`), author: String(record.author ?? ''), fields });
      }
      content.synced.set(table, records);
    } else if (spec.kind === 'content') {
      const rows = parseJson(name).map((row) => checkRow(table, row, name));
      for (const row of rows) if (typeof row.id === 'string') claim(row.id, table);
      content.content.set(table, rows);
    } else {
      for (const meta of parseJson(name)) {
        const row = checkRow('attachments', meta, name);
        const hash = row.sha256;
        if (typeof hash !== 'string' || !HEX64.test(hash)) throw refuse('it lists an attached file without a valid checksum');
        const data = files.get(`attachments/${hash}`);
        if (!data) throw refuse(`the attached file ${String(row.file_name)} is missing from it`);
        if (sha256(data) !== hash) throw refuse(`the attached file ${String(row.file_name)} does not match its checksum`);
        content.attachments.push({ meta: row, data } satisfies AttachmentFile);
      }
    }
  }
  return content;
}
