/**
 * Gathers what a bundle carries from the store: rows with their clocks, tombstones and the
 * attached files. 'whole' takes every row of the investigation; 'since' takes the rows and fields
 * one author created or changed from an instant on, and the deletions they made.
 */
import type { Db } from '../../db/store';
import { SYNCED_COLUMNS } from '../../db/migrations/008_sync';
import { columnsOf, TABLES } from './tables';

export interface FieldClock {
  hlc: string;
  base: string | null;
  author: string;
}

export interface SyncedRecord {
  row: Record<string, unknown>;
  hlc: string;
  author: string;
  fields: Record<string, FieldClock>;
}

export interface Tombstone {
  table: string;
  id: string;
  hlc: string;
  author: string;
}

export interface AttachmentFile {
  meta: Record<string, unknown>;
  data: Buffer;
}

export interface BundleContent {
  synced: Map<string, SyncedRecord[]>;
  content: Map<string, Record<string, unknown>[]>;
  attachments: AttachmentFile[];
  tombstones: Tombstone[];
}

export interface CollectOptions {
  investigationId: string;
  /** Only this author's work from this instant on (ISO); whole investigation when absent. */
  since?: { at: string; authorId: string };
}

function selectRows(db: Db, table: string, columns: readonly string[], scope: string, investigationId: string): Record<string, unknown>[] {
  const key = table === 'attachments' ? 'sha256' : table === 'transcript_segments' ? 'rowid' : 'id';
  return db
    .prepare(`SELECT ${columns.join(', ')} FROM ${table} WHERE ${key} IN (${scope}) ORDER BY ${key === 'rowid' ? 'transcript_id, start_offset, rowid' : key}`)
    .all({ inv: investigationId }) as Record<string, unknown>[];
}

export function collectBundle(db: Db, options: CollectOptions): BundleContent {
  const { investigationId, since } = options;
  const rowClock = db.prepare('SELECT hlc, author_id FROM sync_rows WHERE table_name = ? AND row_id = ?');
  const fieldClocks = db.prepare('SELECT field, hlc, base_hlc, author_id FROM sync_fields WHERE table_name = ? AND row_id = ?');
  const result: BundleContent = { synced: new Map(), content: new Map(), attachments: [], tombstones: [] };
  const sentTranscripts = new Set<string>();

  for (const spec of TABLES) {
    if (spec.kind !== 'synced') continue;
    const records: SyncedRecord[] = [];
    for (const row of selectRows(db, spec.name, columnsOf(spec.name), spec.scope, investigationId)) {
      const id = row.id as string;
      const clock = (rowClock.get(spec.name, id) as { hlc: string; author_id: string } | undefined) ?? {
        hlc: `${String(row.updated_at)}-00000000-${String(row.author_id)}`,
        author_id: String(row.author_id),
      };
      const fields: Record<string, FieldClock> = {};
      for (const f of fieldClocks.all(spec.name, id) as { field: string; hlc: string; base_hlc: string | null; author_id: string }[]) {
        if (SYNCED_COLUMNS[spec.name]!.includes(f.field)) fields[f.field] = { hlc: f.hlc, base: f.base_hlc, author: f.author_id };
      }
      if (since) {
        const mine = (hlc: string, author: string) => author === since.authorId && hlc >= since.at;
        const touched = mine(clock.hlc, clock.author_id) || Object.values(fields).some((f) => mine(f.hlc, f.author));
        if (!touched) continue;
      }
      records.push({ row, hlc: clock.hlc, author: clock.author_id, fields });
      if (spec.name === 'transcripts') sentTranscripts.add(id);
    }
    if (records.length > 0) result.synced.set(spec.name, records);
  }

  // A transcript's text and original file go with it (for 'since', only with transcripts sent).
  for (const spec of TABLES) {
    if (spec.kind === 'synced') continue;
    const rows = selectRows(db, spec.name, spec.kind === 'attachments' ? [...columnsOf(spec.name), 'data'] : columnsOf(spec.name), spec.scope, investigationId);
    const wanted = rows.filter((row) => {
      if (!since) return true;
      if (spec.kind === 'content') return sentTranscripts.has(row.transcript_id as string);
      return (result.synced.get('transcripts') ?? []).some((t) => t.row.attachment_sha256 === row.sha256) ||
        (result.synced.get('figures') ?? []).some((f) => f.row.attachment_sha256 === row.sha256);
    });
    if (spec.kind === 'attachments') {
      result.attachments = wanted.map(({ data, ...meta }) => ({ meta, data: Buffer.from(data as Uint8Array) }));
    } else if (wanted.length > 0) {
      result.content.set(spec.name, wanted);
    }
  }

  // Deletions: a whole bundle carries every tombstone of the synced tables (a deleted row has no
  // investigation left to scope it by); a 'since' bundle only the author's own, from the instant on.
  const tombstones = since
    ? db.prepare('SELECT table_name, row_id, hlc, author_id FROM sync_tombstones WHERE author_id = ? AND hlc >= ? ORDER BY table_name, row_id').all(since.authorId, since.at)
    : db.prepare('SELECT table_name, row_id, hlc, author_id FROM sync_tombstones ORDER BY table_name, row_id').all();
  result.tombstones = (tombstones as { table_name: string; row_id: string; hlc: string; author_id: string }[]).map((t) => ({
    table: t.table_name,
    id: t.row_id,
    hlc: t.hlc,
    author: t.author_id,
  }));
  return result;
}
