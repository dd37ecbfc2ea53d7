/**
 * Merges a read bundle into the store, by stable id, in one transaction.
 *
 * Per field, the version that wins is the greater of (edited since the row was created?, clock):
 * an edit beats a value as created, and among edits the later hybrid-logical-clock stamp wins.
 * Because that is a total order, the store ends the same whatever order bundles arrive in, and a
 * bundle met twice changes nothing. Two edits of one field are a *conflict* (listed for the clerk)
 * unless one was made on top of the other (its `base` is the other's clock) or both are by the
 * same author; the conflict's "kept" side always names the current winner, so the list, too, is
 * the same in any order.
 *
 * Deletions are tombstones and final: a row deleted anywhere stays deleted, and a row that
 * arrives for a parent deleted meanwhile is left out (and said so in the report's notes).
 *
 * While it writes, `sync_clock.applying` is set so the stamping triggers stay silent (the merge
 * writes the incoming clocks itself); foreign keys are checked at the end (deferred), so rows
 * may arrive in any order, and a reference to something neither in the bundle nor in the store
 * refuses the whole bundle. A preview runs the same merge and rolls it back.
 */
import { createHash } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { Db, Store } from '../../db/store';
import { nowIso } from '../../db/ids';
import { placeSegments } from '../../db/search-order';
import { deleteTranscriptContent } from '../../db/repositories/transcripts';
import { reanchorQuotes } from '../evidence/reimport';
import { ApiError } from '../../shared/api/errors';
import { recordKindLabel, type MergeConflict, type MergeCounts, type MergeReport } from '../../shared/domain/bundles';
import type { FieldClock, SyncedRecord } from './collect';
import { bundleRefused, type ParsedBundle } from './read';
import { SYNCED_COLUMNS } from '../../db/migrations/008_sync';
import { columnsOf, SYNCED_TABLES, TABLES } from './tables';
import { listConflictsWhere } from './conflicts';

export interface MergeOptions {
  dryRun: boolean;
  /** Create the bundle's investigation when the store does not have it. */
  createInvestigation: boolean;
}

class Rollback extends Error {
  constructor(readonly report: MergeReport) {
    super('rolled back');
  }
}

const emptyCounts = (): MergeCounts => ({ new: 0, updated: 0, conflicting: 0, deleted: 0, unchanged: 0 });

/** Ranks a field version: any edit beats the value as created; then the later clock. */
const rank = (clock: { hlc: string; edited: boolean }) => `${clock.edited ? '1' : '0'}${clock.hlc}`;

export function investigationExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM investigations WHERE id = ?').get(id) !== undefined;
}

export function mergeBundle(store: Store, bundle: ParsedBundle, options: MergeOptions): MergeReport {
  const exists = investigationExists(store.db, bundle.manifest.investigation.id);
  if (!exists && !options.dryRun && !options.createInvestigation) {
    throw new ApiError(
      'conflict',
      `“${bundle.fileName}” is for the investigation “${bundle.manifest.investigation.title}”, which this store does not have. Import it again choosing to create the investigation. Nothing in the store was changed.`,
    );
  }
  try {
    return store.transaction(() => {
      const report = applyBundle(store.db, bundle, exists);
      report.dryRun = options.dryRun;
      if (options.dryRun) throw new Rollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.report;
    if (error instanceof ApiError) throw error;
    throw bundleRefused(bundle.fileName, `the store refused one of its records (${(error as Error).message})`);
  }
}

function applyBundle(db: Db, bundle: ParsedBundle, exists: boolean): MergeReport {
  const { manifest, content } = bundle;
  const report: MergeReport = {
    manifest,
    fileName: bundle.fileName,
    investigationExists: exists,
    dryRun: false,
    totals: emptyCounts(),
    byKind: {},
    conflicts: [],
    notes: [],
    backup: null,
  };
  const count = (table: string, what: keyof MergeCounts) => {
    (report.byKind[table] ??= emptyCounts())[what] += 1;
    report.totals[what] += 1;
  };
  db.pragma('defer_foreign_keys = ON');
  db.prepare('UPDATE sync_clock SET applying = 1 WHERE id = 1').run();

  checkKinds(db, bundle);
  const touched = new Map<string, Set<string>>();
  const touch = (table: string, id: string) => (touched.get(table) ?? touched.set(table, new Set()).get(table)!).add(id);

  const tombstoned = db.prepare('SELECT hlc FROM sync_tombstones WHERE table_name = ? AND row_id = ?');
  const rowClock = db.prepare('SELECT hlc, author_id FROM sync_rows WHERE table_name = ? AND row_id = ?');
  const setRowClock = db.prepare(
    `INSERT INTO sync_rows (table_name, row_id, hlc, author_id) VALUES (?, ?, ?, ?)
     ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, author_id = excluded.author_id`,
  );
  const fieldClock = db.prepare('SELECT hlc, base_hlc, author_id FROM sync_fields WHERE table_name = ? AND row_id = ? AND field = ?');
  const setFieldClock = db.prepare(
    `INSERT INTO sync_fields (table_name, row_id, field, hlc, base_hlc, author_id) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc, base_hlc = excluded.base_hlc, author_id = excluded.author_id`,
  );
  // Conflicts already listed for a field name its winner: when the winner changes, so do they.
  // One whose losing value is now the winning one (two people made the same edit) lost nothing.
  const keptNow = db.prepare(
    `UPDATE merge_conflicts SET kept_value = ?, kept_hlc = ?, kept_author_id = ? WHERE table_name = ? AND row_id = ? AND field = ? AND resolved = 0`,
  );
  const moot = db.prepare('DELETE FROM merge_conflicts WHERE table_name = ? AND row_id = ? AND field = ? AND resolved = 0 AND lost_value = ?');
  const retarget = (value: string, hlc: string, author: string, table: string, rowId: string, field: string) => {
    keptNow.run(value, hlc, author, table, rowId, field);
    moot.run(table, rowId, field, value);
  };
  let maxHlc = '';
  const seen = (hlc: string) => {
    if (hlc > maxHlc) maxHlc = hlc;
  };

  // Attachments first: transcripts and figures refer to them.
  const insertAttachment = db.prepare(
    'INSERT INTO attachments (sha256, file_name, media_type, size, data, created_at) VALUES (@sha256, @file_name, @media_type, @size, @data, @created_at) ON CONFLICT (sha256) DO NOTHING',
  );
  for (const attachment of content.attachments) {
    const result = insertAttachment.run({ ...attachment.meta, size: attachment.data.byteLength, data: attachment.data });
    count('attachments', result.changes > 0 ? 'new' : 'unchanged');
  }

  const newTranscripts = new Set<string>();
  // Transcripts here whose text this bundle replaces: a corrected version, made elsewhere.
  const correctedTranscripts = new Set<string>();
  for (const spec of TABLES) {
    if (spec.kind !== 'synced') continue;
    const records = content.synced.get(spec.name);
    if (!records) continue;
    const columns = SYNCED_COLUMNS[spec.name]!;
    const select = db.prepare(`SELECT * FROM ${spec.name} WHERE id = ?`);
    for (const record of records) {
      const id = record.row.id as string;
      seen(record.hlc);
      Object.values(record.fields).forEach((f) => seen(f.hlc));
      if (tombstoned.get(spec.name, id)) {
        count(spec.name, 'unchanged');
        continue;
      }
      const local = select.get(id) as Record<string, unknown> | undefined;
      touch(spec.name, id);
      const pair = !local && spec.name === 'quote_tags' ? samePair(db, record) : 'none';
      if (pair === 'keep-local') {
        count(spec.name, 'unchanged');
        continue;
      }
      if (!local) {
        const row = Object.fromEntries(columnsOf(spec.name).filter((c) => c in record.row).map((c) => [c, record.row[c]]));
        const names = Object.keys(row);
        try {
          db.prepare(`INSERT INTO ${spec.name} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(row);
        } catch (error) {
          if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
          // Two records made apart that the store allows only one of (two themes named alike).
          const named = typeof row.name === 'string' ? ` “${row.name}”` : '';
          throw bundleRefused(
            bundle.fileName,
            `its ${recordKindLabel(spec.name)}${named} (${id}) duplicates one already in this store under another id (the same name, or the same place). Rename or remove one of them, then import the bundle again`,
          );
        }
        setRowClock.run(spec.name, id, record.hlc, record.author);
        for (const [field, clock] of Object.entries(record.fields)) setFieldClock.run(spec.name, id, field, clock.hlc, clock.base, clock.author);
        if (spec.name === 'transcripts') newTranscripts.add(id);
        count(spec.name, pair === 'replaced' ? 'unchanged' : 'new');
        continue;
      }
      const localRow = (rowClock.get(spec.name, id) as { hlc: string; author_id: string } | undefined) ?? {
        hlc: `${String(local.updated_at)}-00000000-${String(local.author_id)}`,
        author_id: String(local.author_id),
      };
      const changes: Record<string, unknown> = {};
      let conflicted = false;
      for (const field of columns) {
        if (!(field in record.row) || CREATION_FIELDS.has(field) || LOCAL_FIELDS.has(`${spec.name}.${field}`)) continue;
        const lf = fieldClock.get(spec.name, id, field) as { hlc: string; base_hlc: string | null; author_id: string } | undefined;
        const mine = lf
          ? { hlc: lf.hlc, base: lf.base_hlc, author: lf.author_id, edited: true }
          : { hlc: localRow.hlc, base: null, author: localRow.author_id, edited: false };
        const inField: FieldClock | undefined = record.fields[field];
        const theirs = inField ? { ...inField, edited: true } : { hlc: record.hlc, base: null, author: record.author, edited: false };
        const localValue = local[field];
        const incomingValue = record.row[field];
        const theirsWins = rank(theirs) > rank(mine);
        if (sameValue(localValue, incomingValue)) {
          // Same value: only the clock converges (to the winning edit), so every store agrees.
          if (theirsWins && theirs.edited) {
            setFieldClock.run(spec.name, id, field, theirs.hlc, theirs.base, theirs.author);
            retarget(JSON.stringify(incomingValue ?? null), theirs.hlc, theirs.author, spec.name, id, field);
          }
          continue;
        }
        const concurrent = mine.edited && theirs.edited && theirs.base !== mine.hlc && mine.base !== theirs.hlc && mine.author !== theirs.author;
        const winner = theirsWins ? { ...theirs, value: incomingValue } : { ...mine, value: localValue };
        const loser = theirsWins ? { ...mine, value: localValue } : { ...theirs, value: incomingValue };
        if (theirsWins) {
          changes[field] = incomingValue;
          if (theirs.edited) setFieldClock.run(spec.name, id, field, theirs.hlc, theirs.base, theirs.author);
        }
        if (concurrent) {
          const known = db.prepare('SELECT 1 FROM merge_conflicts WHERE id = ?').get(conflictId(spec.name, id, field, loser.value)) !== undefined;
          // Met again (the same bundle twice): listed in the report, but nothing new to count.
          if (!known || theirsWins) conflicted = true;
          report.conflicts.push(recordConflict(db, bundle, spec.name, id, field, winner, loser));
        }
        if (theirsWins) retarget(JSON.stringify(incomingValue ?? null), theirs.hlc, theirs.author, spec.name, id, field);
      }
      const incomingUpdated = record.row.updated_at;
      if (typeof incomingUpdated === 'string' && incomingUpdated > String(local.updated_at) && Object.keys(changes).length > 0) {
        changes.updated_at = incomingUpdated;
      }
      if (record.hlc > localRow.hlc) setRowClock.run(spec.name, id, record.hlc, record.author);
      if (Object.keys(changes).length > 0) {
        const names = Object.keys(changes);
        db.prepare(`UPDATE ${spec.name} SET ${names.map((n) => `${n} = @${n}`).join(', ')} WHERE id = @id`).run({ ...changes, id });
      }
      if (spec.name === 'transcripts' && 'attachment_sha256' in changes) correctedTranscripts.add(id);
      count(spec.name, conflicted ? 'conflicting' : Object.keys(changes).length > 0 ? 'updated' : 'unchanged');
    }
  }

  copyTranscriptText(db, bundle, newTranscripts, correctedTranscripts, count, report);
  relinkSpeakerTurns(db, touched.get('quotes'));
  applyTombstones(db, bundle, count, seen, report);
  dropOrphans(db, bundle, touched, report);

  const names = Object.entries(manifest.authors ?? {}).filter(([id, name]) => typeof id === 'string' && typeof name === 'string').map(([id, name]) => ({ id, name: name.slice(0, 200) }));
  for (const author of [...names, manifest.author]) {
    db.prepare('INSERT INTO sync_authors (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name').run(author.id, author.name);
  }
  // The HLC receive rule: this store's clock moves past everything it has now seen.
  const wall = maxHlc.slice(0, 24);
  if (wall) {
    db.prepare(`UPDATE sync_clock SET counter = CASE WHEN ? > wall THEN 0 ELSE counter + 1 END, wall = max(wall, ?) WHERE id = 1`).run(wall, wall);
  }
  db.prepare('UPDATE sync_clock SET applying = 0 WHERE id = 1').run();
  // As they stand at the end (one met twice is listed once; one made moot by a later edit not at all).
  const ids = [...new Set(report.conflicts.map((c) => c.id))];
  report.conflicts = ids.flatMap((conflictId) => listConflictsWhere(db, 'c.id = ?', [conflictId]));
  return report;
}

/**
 * Fields that describe this store's own copy of something rather than the record itself: a quote's
 * speaker turn is found in the transcript's text, and a store that imported the transcript itself
 * has its own turn ids. They are never merged; `relinkSpeakerTurns` finds the turn here.
 */
const LOCAL_FIELDS = new Set(['quotes.speaker_turn_id']);

/**
 * Who created a row and when never change once it exists. Rows that two stores made each for
 * themselves under the same id (the sample, loaded in each) keep their own; copied rows agree.
 */
const CREATION_FIELDS = new Set(['author_id', 'created_at']);

/** A quote whose speaker turn is not in this store gets the turn here that holds its start, or none. */
function relinkSpeakerTurns(db: Db, quoteIds: Set<string> | undefined): void {
  if (!quoteIds) return;
  const find = db.prepare(
    `SELECT q.id, (SELECT t.id FROM speaker_turns t WHERE t.transcript_id = q.transcript_id AND t.start_offset <= q.start_offset AND t.end_offset > q.start_offset ORDER BY t.position LIMIT 1) AS turn
     FROM quotes q WHERE q.id = ? AND q.speaker_turn_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM speaker_turns s WHERE s.id = q.speaker_turn_id)`,
  );
  const set = db.prepare('UPDATE quotes SET speaker_turn_id = ? WHERE id = ?');
  for (const id of quoteIds) {
    const row = find.get(id) as { id: string; turn: string | null } | undefined;
    if (row) set.run(row.turn, row.id);
  }
}

/**
 * A tag can be on a quote once. Two members who put the same tag on the same quote made two rows
 * for one fact; every store keeps the one with the smaller id, so all agree whatever the order.
 * Says whether there was no such row here, the row here stays, or it was replaced by the incoming one.
 */
function samePair(db: Db, record: SyncedRecord): 'none' | 'keep-local' | 'replaced' {
  const existing = db.prepare('SELECT id FROM quote_tags WHERE quote_id = ? AND tag_id = ?').get(record.row.quote_id, record.row.tag_id) as { id: string } | undefined;
  if (!existing) return 'none';
  if (existing.id < (record.row.id as string)) return 'keep-local';
  db.prepare('DELETE FROM quote_tags WHERE id = ?').run(existing.id);
  return 'replaced';
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Integers read back from SQLite are numbers; bundles may carry them as numbers too.
  return a !== null && b !== null && a !== undefined && b !== undefined && String(a) === String(b) && typeof a === typeof b;
}

interface Side {
  hlc: string;
  author: string;
  value: unknown;
}

/**
 * Derived from the field and the value that lost, so the same conflict met twice is one entry —
 * also when two people made the same edit (a value lost once is listed once, under the later of
 * its edits, whichever order the bundles came in).
 */
function conflictId(table: string, rowId: string, field: string, lostValue: unknown): string {
  return createHash('sha256').update(`${table}\u0000${rowId}\u0000${field}\u0000${JSON.stringify(lostValue ?? null)}`).digest('hex').slice(0, 32);
}

function recordConflict(db: Db, bundle: ParsedBundle, table: string, rowId: string, field: string, kept: Side, lost: Side): MergeConflict {
  const id = conflictId(table, rowId, field, lost.value);
  db.prepare(
    `INSERT INTO merge_conflicts (id, investigation_id, table_name, row_id, field, kept_value, kept_hlc, kept_author_id,
       lost_value, lost_hlc, lost_author_id, bundle, found_at, resolved)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
     ON CONFLICT (id) DO UPDATE SET kept_value = excluded.kept_value, kept_hlc = excluded.kept_hlc, kept_author_id = excluded.kept_author_id,
       lost_hlc = max(lost_hlc, excluded.lost_hlc),
       lost_author_id = CASE WHEN excluded.lost_hlc > lost_hlc THEN excluded.lost_author_id ELSE lost_author_id END`,
  ).run(
    id,
    bundle.manifest.investigation.id,
    table,
    rowId,
    field,
    JSON.stringify(kept.value ?? null),
    kept.hlc,
    kept.author,
    JSON.stringify(lost.value ?? null),
    lost.hlc,
    lost.author,
    bundle.fileName,
    nowIso(),
  );
  return listConflictsWhere(db, 'c.id = ?', [id])[0]!;
}

/** The same id must not name two kinds of record, in the bundle (checked on reading) or here. */
function checkKinds(db: Db, bundle: ParsedBundle): void {
  const lookups = SYNCED_TABLES.concat(['transcript_pages', 'speaker_turns']).map((table) => ({
    table,
    has: db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`),
  }));
  const tomb = db.prepare('SELECT table_name FROM sync_tombstones WHERE row_id = ?');
  const check = (id: string, table: string) => {
    for (const lookup of lookups) {
      if (lookup.table !== table && lookup.has.get(id)) {
        throw bundleRefused(bundle.fileName, `its ${recordKindLabel(table)} ${id} has the id of a ${recordKindLabel(lookup.table)} in this store, so it cannot be merged by id`);
      }
    }
    const deleted = tomb.get(id) as { table_name: string } | undefined;
    if (deleted && deleted.table_name !== table) {
      throw bundleRefused(bundle.fileName, `its ${recordKindLabel(table)} ${id} has the id of a deleted ${recordKindLabel(deleted.table_name)}, so it cannot be merged by id`);
    }
  };
  for (const [table, records] of bundle.content.synced) for (const record of records) check(record.row.id as string, table);
  for (const [table, rows] of bundle.content.content) for (const row of rows) if (typeof row.id === 'string') check(row.id, table);
  for (const t of bundle.content.tombstones) check(t.id, t.table);
}

/**
 * A transcript's pages, turns and search segments: copied with a transcript new to the store, and
 * copied again when the bundle brings a corrected version of one this store has (its file
 * changed). Then this store's quotes on it are found again by their words, as a correction made
 * here would (quotes the bundle brings were re-anchored where the correction was made, and are
 * found in place).
 */
function copyTranscriptText(
  db: Db,
  bundle: ParsedBundle,
  newTranscripts: Set<string>,
  correctedTranscripts: Set<string>,
  count: (table: string, what: keyof MergeCounts) => void,
  report: MergeReport,
): void {
  const copied = (transcriptId: string) => newTranscripts.has(transcriptId) || correctedTranscripts.has(transcriptId);
  const carried = new Set((bundle.content.content.get('transcript_pages') ?? []).map((row) => row.transcript_id as string));
  for (const transcriptId of correctedTranscripts) {
    // Without its new pages (a damaged bundle), the text here is left as it was.
    if (carried.has(transcriptId)) deleteTranscriptContent(db, transcriptId);
    else correctedTranscripts.delete(transcriptId);
  }
  // A transcript's text is thousands of rows: each INSERT is prepared once, not once a row.
  const prepared = new Map<string, Statement>();
  const insert = (sql: string) => prepared.get(sql) ?? prepared.set(sql, db.prepare(sql)).get(sql)!;
  for (const table of ['transcript_pages', 'speaker_turns', 'transcript_segments']) {
    const rows = bundle.content.content.get(table) ?? [];
    for (const row of rows) {
      if (!copied(row.transcript_id as string)) {
        count(table, 'unchanged');
        continue;
      }
      const names = columnsOf(table).filter((c) => c in row);
      insert(`INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(
        Object.fromEntries(names.map((n) => [n, row[n]])),
      );
      count(table, newTranscripts.has(row.transcript_id as string) ? 'new' : 'updated');
    }
  }
  // Copied with the rowids SQLite gave them: placed by their meetings' dates for search's order.
  for (const transcriptId of [...newTranscripts, ...correctedTranscripts]) placeSegments(db, transcriptId);
  for (const transcriptId of correctedTranscripts) {
    const transcript = db.prepare('SELECT id, meeting_id, title FROM transcripts WHERE id = ?').get(transcriptId) as { id: string; meeting_id: string; title: string };
    const found = reanchorQuotes(db, transcript);
    if (found.moved.length > 0 || found.lost.length > 0) {
      report.notes.push(
        `“${transcript.title}” was replaced by a corrected version: ${found.exact} quotes in place, ${found.moved.length} moved, ${found.lost.length} lost (kept with their words, marked lost).`,
      );
    }
  }
}

function applyTombstones(
  db: Db,
  bundle: ParsedBundle,
  count: (table: string, what: keyof MergeCounts) => void,
  seen: (hlc: string) => void,
  report: MergeReport,
): void {
  const order = new Map(TABLES.map((t, i) => [t.name, i]));
  // Children before parents, so a delete never trips over a row that is itself being deleted.
  const tombstones = [...bundle.content.tombstones].sort((a, b) => order.get(b.table)! - order.get(a.table)! || a.id.localeCompare(b.id));
  for (const t of tombstones) {
    seen(t.hlc);
    const exists = db.prepare(`SELECT 1 FROM ${t.table} WHERE id = ?`).get(t.id);
    if (exists) {
      try {
        db.prepare(`DELETE FROM ${t.table} WHERE id = ?`).run(t.id);
      } catch {
        report.notes.push(`A ${recordKindLabel(t.table)} deleted in the bundle is still in use here (${t.id}), so it was kept.`);
        continue;
      }
      count(t.table, 'deleted');
    }
    // The earliest deletion stands for all (so every store keeps the same tombstone).
    db.prepare(
      `INSERT INTO sync_tombstones (table_name, row_id, hlc, author_id) VALUES (?, ?, ?, ?)
       ON CONFLICT (table_name, row_id) DO UPDATE SET hlc = excluded.hlc, author_id = excluded.author_id WHERE excluded.hlc < sync_tombstones.hlc`,
    ).run(t.table, t.id, t.hlc, t.author);
  }
}

/**
 * Foreign keys, checked now rather than at commit so the message can name the record: a row whose
 * parent was deleted (a tombstone) is left out, with a note; a row whose parent is nowhere refuses
 * the bundle.
 */
function dropOrphans(db: Db, bundle: ParsedBundle, touched: Map<string, Set<string>>, report: MergeReport): void {
  for (let pass = 0; pass < 20; pass += 1) {
    const violations = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string; fkid: number }[];
    const ours = violations.filter((v) => touched.has(v.table) || bundle.content.content.has(v.table));
    if (ours.length === 0) return;
    for (const v of ours) {
      const row = db.prepare(`SELECT * FROM ${v.table} WHERE rowid = ?`).get(v.rowid) as Record<string, unknown> | undefined;
      if (!row) continue;
      const fk = (db.pragma(`foreign_key_list(${v.table})`) as { id: number; from: string; table: string }[]).find((f) => f.id === v.fkid);
      const parentId = fk ? row[fk.from] : undefined;
      const deleted = db.prepare('SELECT 1 FROM sync_tombstones WHERE table_name = ? AND row_id = ?').get(v.parent, parentId);
      if (deleted && typeof row.id === 'string') {
        db.prepare(`DELETE FROM ${v.table} WHERE id = ?`).run(row.id);
        report.notes.push(`A ${recordKindLabel(v.table)} (${String(row.id)}) belongs to a ${recordKindLabel(v.parent)} that has been deleted, so it was left out.`);
        continue;
      }
      throw bundleRefused(
        bundle.fileName,
        `its ${recordKindLabel(v.table)} ${String(row.id ?? v.rowid)} refers to a ${recordKindLabel(v.parent)} (${String(parentId)}) that is neither in the bundle nor in this store. Import the whole investigation first, or ask for a bundle of the whole investigation`,
      );
    }
  }
}

export type { SyncedRecord };
