/**
 * The register of sources the report cites. Transcripts register themselves here on import.
 * Likely duplicates are worked out on read (a register holds hundreds of sources, not millions),
 * so they can never go stale after an edit.
 */
import type { CitationUse, DuplicateGroup, Source, SourceDetail } from '../../shared/domain/sources';
import type { SourceKind } from '../../shared/domain/types';
import { formatFootnote, type CitedSource } from '../../shared/format/footnotes';
import { nowIso } from '../ids';
import type { Db } from '../store';
import { freshStamps, updateClause } from './stamps';

export interface SourceFields {
  investigationId: string | null;
  kind: SourceKind;
  publisher: string | null;
  title: string;
  url: string | null;
  publishedOn: string | null;
  accessedOn: string | null;
  notes: string | null;
}

export function insertSource(db: Db, authorId: string, fields: SourceFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO sources (id, investigation_id, kind, publisher, title, url, published_on, accessed_on, notes, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @kind, @publisher, @title, @url, @published_on, @accessed_on, @notes, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    investigation_id: fields.investigationId,
    kind: fields.kind,
    publisher: fields.publisher,
    title: fields.title,
    url: fields.url,
    published_on: fields.publishedOn,
    accessed_on: fields.accessedOn,
    notes: fields.notes,
  });
  return stamps.id;
}

/** Deletes a source nothing cites any more (a transcript's own source, when it is deleted). */
export function deleteSourceIfUncited(db: Db, id: string): void {
  const cited = db.prepare('SELECT 1 FROM citations WHERE source_id = ? LIMIT 1').get(id);
  if (!cited) db.prepare('DELETE FROM sources WHERE id = ?').run(id);
}

// ---- Reading ---------------------------------------------------------------------------------

interface SourceRow {
  id: string;
  investigation_id: string | null;
  kind: SourceKind;
  publisher: string | null;
  title: string;
  url: string | null;
  published_on: string | null;
  accessed_on: string | null;
  notes: string | null;
  updated_at: string;
  transcript_id: string | null;
  citation_count: number;
}

const SELECT_SOURCES = `
  SELECT s.id, s.investigation_id, s.kind, s.publisher, s.title, s.url, s.published_on, s.accessed_on, s.notes, s.updated_at,
    (SELECT t.id FROM transcripts t WHERE t.source_id = s.id ORDER BY t.created_at, t.id LIMIT 1) AS transcript_id,
    (SELECT count(*) FROM citations c WHERE c.source_id = s.id) AS citation_count
  FROM sources s`;

function toSource(row: SourceRow, duplicates: ReadonlyMap<string, string[]>): Source {
  return {
    id: row.id,
    investigationId: row.investigation_id,
    kind: row.kind,
    publisher: row.publisher,
    title: row.title,
    url: row.url,
    publishedOn: row.published_on,
    accessedOn: row.accessed_on,
    notes: row.notes,
    transcriptId: row.transcript_id,
    citationCount: row.citation_count,
    likelyDuplicateIds: duplicates.get(row.id) ?? [],
    updatedAt: row.updated_at,
  };
}

/** Rows of one investigation's register (or every register), in a stable, readable order. */
function sourceRows(db: Db, investigationId: string | undefined): SourceRow[] {
  const order = `ORDER BY lower(ifnull(s.publisher, s.title)), lower(s.title), s.published_on, s.id`;
  return investigationId === undefined
    ? (db.prepare(`${SELECT_SOURCES} ${order}`).all() as SourceRow[])
    : (db.prepare(`${SELECT_SOURCES} WHERE s.investigation_id = ? ${order}`).all(investigationId) as SourceRow[]);
}

// ---- Likely duplicates -----------------------------------------------------------------------

/** A URL as people mean it: case and trailing slashes do not make a different page. */
export function urlKey(url: string | null): string | null {
  if (!url) return null;
  const key = url.trim().toLowerCase().replace(/\/+$/, '');
  return key === '' ? null : key;
}

/** Publisher and title as people mean them: case, typographic quotes and spacing aside. */
export function publisherTitleKey(publisher: string | null, title: string): string {
  const clean = (value: string) =>
    value
      .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return `${clean(publisher ?? '')}\u0000${clean(title)}`;
}

type DuplicateCandidate = Pick<Source, 'id' | 'investigationId' | 'publisher' | 'title' | 'url' | 'publishedOn'>;

/**
 * Why two sources are probably the same document, or null. Same publisher and title is not
 * enough when both are dated and the dates differ: the London Assembly publishes a "Police and
 * Crime Committee Transcript" every month, and those are different documents.
 */
export function duplicateReason(a: DuplicateCandidate, b: DuplicateCandidate): DuplicateGroup['reason'] | null {
  if (a.id === b.id || a.investigationId !== b.investigationId) return null;
  const url = urlKey(a.url);
  if (url !== null && url === urlKey(b.url)) return 'same_url';
  if (publisherTitleKey(a.publisher, a.title) !== publisherTitleKey(b.publisher, b.title)) return null;
  if (a.publishedOn && b.publishedOn && a.publishedOn !== b.publishedOn) return null;
  return 'same_publisher_and_title';
}

interface DuplicatePair {
  a: string;
  b: string;
  reason: DuplicateGroup['reason'];
}

/** Every pair of likely duplicates, found through the keys rather than by comparing all pairs. */
function duplicatePairs(sources: readonly DuplicateCandidate[]): DuplicatePair[] {
  const buckets = new Map<string, DuplicateCandidate[]>();
  const add = (key: string, source: DuplicateCandidate) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(source);
    else buckets.set(key, [source]);
  };
  for (const source of sources) {
    const scope = source.investigationId ?? '';
    const url = urlKey(source.url);
    if (url !== null) add(`url\u0000${scope}\u0000${url}`, source);
    add(`title\u0000${scope}\u0000${publisherTitleKey(source.publisher, source.title)}`, source);
  }
  const seen = new Set<string>();
  const pairs: DuplicatePair[] = [];
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const [a, b] = [bucket[i]!, bucket[j]!];
        const pairKey = a.id < b.id ? `${a.id}|${b.id}` : `${b.id}|${a.id}`;
        if (seen.has(pairKey)) continue;
        const reason = duplicateReason(a, b);
        if (reason) {
          seen.add(pairKey);
          pairs.push({ a: a.id, b: b.id, reason });
        }
      }
    }
  }
  return pairs;
}

function duplicateMap(pairs: readonly DuplicatePair[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const { a, b } of pairs) {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  return map;
}

/**
 * Groups of likely duplicates: sources joined by any chain of likely-duplicate pairs. A group's
 * reason is "same URL" when any of its pairs share a URL (the stronger evidence).
 */
export function listDuplicateGroups(db: Db, investigationId?: string): DuplicateGroup[] {
  const rows = sourceRows(db, investigationId);
  const order = new Map(rows.map((row, index) => [row.id, index]));
  const pairs = duplicatePairs(rows.map((row) => toSource(row, new Map())));
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let at = id;
    while (parent.has(at) && parent.get(at) !== at) at = parent.get(at)!;
    return at;
  };
  for (const { a, b } of pairs) {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(rb, ra);
  }
  const groups = new Map<string, { ids: Set<string>; reason: DuplicateGroup['reason'] }>();
  for (const pair of pairs) {
    const key = root(pair.a);
    const group = groups.get(key) ?? { ids: new Set<string>(), reason: pair.reason };
    group.ids.add(pair.a).add(pair.b);
    if (pair.reason === 'same_url') group.reason = 'same_url';
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((group) => ({ reason: group.reason, sourceIds: [...group.ids].sort((x, y) => order.get(x)! - order.get(y)!) }))
    .sort((x, y) => order.get(x.sourceIds[0]!)! - order.get(y.sourceIds[0]!)!);
}

/** Existing sources of an investigation that a source with these details would probably duplicate. */
export function likelyDuplicatesOf(db: Db, candidate: DuplicateCandidate): string[] {
  return sourceRows(db, candidate.investigationId ?? undefined)
    .filter((row) => row.investigation_id === candidate.investigationId)
    .map((row) => toSource(row, new Map()))
    .filter((other) => duplicateReason(candidate, other) !== null)
    .map((other) => other.id);
}

// ---- Listing and getting ---------------------------------------------------------------------

export interface SourceFilter {
  investigationId?: string;
  kind?: SourceKind;
  /** The publisher exactly, ignoring case. */
  publisher?: string;
  /** Words that must all appear in the publisher, title, URL or notes (ignoring case). */
  query?: string;
  ids?: readonly string[];
}

function matches(source: Source, filter: SourceFilter): boolean {
  if (filter.kind && source.kind !== filter.kind) return false;
  if (filter.publisher && (source.publisher ?? '').toLowerCase() !== filter.publisher.toLowerCase()) return false;
  if (filter.ids && !filter.ids.includes(source.id)) return false;
  if (filter.query) {
    const haystack = [source.publisher, source.title, source.url, source.notes].filter(Boolean).join('\n').toLowerCase();
    const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

/**
 * The register, filtered. Likely duplicates are worked out against the whole register of each
 * investigation, whatever the filter, so a filtered list still says what each source duplicates.
 */
export function listSources(db: Db, filter: SourceFilter = {}): Source[] {
  const rows = sourceRows(db, filter.investigationId);
  const duplicates = duplicateMap(duplicatePairs(rows.map((row) => toSource(row, new Map()))));
  return rows.map((row) => toSource(row, duplicates)).filter((source) => matches(source, filter));
}

export function getSource(db: Db, id: string): Source | undefined {
  const row = db.prepare(`SELECT investigation_id FROM sources WHERE id = ?`).get(id) as { investigation_id: string | null } | undefined;
  if (!row) return undefined;
  const all = row.investigation_id === null ? listSources(db).filter((s) => s.investigationId === null) : listSources(db, { investigationId: row.investigation_id });
  return all.find((source) => source.id === id);
}

/** Just what a citation needs of its source (and whose register it is in): one row, no duplicate search. */
export function getCitedSource(db: Db, id: string): (CitedSource & { investigationId: string | null }) | undefined {
  return db
    .prepare(
      `SELECT id, investigation_id AS investigationId, publisher, title, url, published_on AS publishedOn, accessed_on AS accessedOn FROM sources WHERE id = ?`,
    )
    .get(id) as (CitedSource & { investigationId: string | null }) | undefined;
}

/** Where a source is cited: one row per citation, in footnote order. */
export function listCitationUses(db: Db, sourceId: string): CitationUse[] {
  const rows = db
    .prepare(
      `SELECT c.id AS citation_id, f.id AS footnote_id, f.position, c.locator
       FROM citations c JOIN footnotes f ON f.id = c.footnote_id
       WHERE c.source_id = ? ORDER BY f.position, c.position, c.id`,
    )
    .all(sourceId) as { citation_id: string; footnote_id: string; position: number; locator: string | null }[];
  const texts = footnoteTexts(db, [...new Set(rows.map((row) => row.footnote_id))]);
  return rows.map((row) => ({
    citationId: row.citation_id,
    footnoteId: row.footnote_id,
    footnotePosition: row.position,
    locator: row.locator,
    footnoteText: texts.get(row.footnote_id) ?? '',
  }));
}

/** The plain texts of some footnotes, formatted in house style. */
function footnoteTexts(db: Db, footnoteIds: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (footnoteIds.length === 0) return texts;
  const ids = JSON.stringify(footnoteIds);
  const footnotes = db.prepare(`SELECT id, text_before, text_after FROM footnotes WHERE id IN (SELECT value FROM json_each(?))`).all(ids) as {
    id: string;
    text_before: string;
    text_after: string;
  }[];
  const citations = db
    .prepare(
      `SELECT c.footnote_id, c.style, c.locator, c.label, c.accessed_on, c.joiner,
         s.id AS source_id, s.publisher, s.title, s.url, s.published_on, s.accessed_on AS source_accessed_on
       FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.footnote_id IN (SELECT value FROM json_each(?)) ORDER BY c.position, c.id`,
    )
    .all(ids) as CitationJoinRow[];
  for (const footnote of footnotes) {
    const own = citations.filter((c) => c.footnote_id === footnote.id).map(toFormattableCitation);
    texts.set(footnote.id, formatFootnote({ textBefore: footnote.text_before, citations: own, textAfter: footnote.text_after }).text);
  }
  return texts;
}

/** A citation joined to its source, as the formatter wants it. Shared with the footnotes repository. */
export interface CitationJoinRow {
  footnote_id: string;
  style: 'full' | 'title';
  locator: string | null;
  label: string | null;
  accessed_on: string | null;
  joiner: string | null;
  source_id: string;
  publisher: string | null;
  title: string;
  url: string | null;
  published_on: string | null;
  source_accessed_on: string | null;
}

export function toFormattableCitation(row: CitationJoinRow) {
  return {
    source: { id: row.source_id, publisher: row.publisher, title: row.title, url: row.url, publishedOn: row.published_on, accessedOn: row.source_accessed_on },
    style: row.style,
    locator: row.locator,
    label: row.label,
    accessedOn: row.accessed_on,
    joiner: row.joiner,
  };
}

export function getSourceDetail(db: Db, id: string): SourceDetail | undefined {
  const source = getSource(db, id);
  return source ? { ...source, uses: listCitationUses(db, id) } : undefined;
}

// ---- Changing --------------------------------------------------------------------------------

export function updateSource(db: Db, id: string, fields: Partial<Omit<SourceFields, 'investigationId'>>): void {
  const { sql, params } = updateClause({
    kind: fields.kind,
    publisher: fields.publisher,
    title: fields.title,
    url: fields.url,
    published_on: fields.publishedOn,
    accessed_on: fields.accessedOn,
    notes: fields.notes,
  });
  db.prepare(`UPDATE sources SET ${sql} WHERE id = @id`).run({ ...params, id });
}

/** Everything that still points at a source, so a delete can say where it is used. */
export interface SourceUsage {
  /** Distinct footnote numbers, ascending. */
  footnotePositions: number[];
  /** Citations not (yet) in a footnote. */
  otherCitations: number;
  observations: number;
  indicators: number;
  transcriptTitles: string[];
}

export function sourceUsage(db: Db, id: string): SourceUsage {
  const positions = db
    .prepare(`SELECT DISTINCT f.position FROM citations c JOIN footnotes f ON f.id = c.footnote_id WHERE c.source_id = ? ORDER BY f.position`)
    .pluck()
    .all(id) as number[];
  const count = (sql: string) => db.prepare(sql).pluck().get(id) as number;
  return {
    footnotePositions: positions,
    otherCitations: count(`SELECT count(*) FROM citations WHERE source_id = ? AND footnote_id IS NULL`),
    observations: count(`SELECT count(*) FROM observations WHERE source_id = ?`),
    indicators: count(`SELECT count(*) FROM indicators WHERE source_id = ?`),
    transcriptTitles: db.prepare(`SELECT title FROM transcripts WHERE source_id = ? ORDER BY title`).pluck().all(id) as string[],
  };
}

export function isSourceUnused(usage: SourceUsage): boolean {
  return usage.footnotePositions.length === 0 && usage.otherCitations === 0 && usage.observations === 0 && usage.indicators === 0 && usage.transcriptTitles.length === 0;
}

export function deleteSource(db: Db, id: string): void {
  db.prepare('DELETE FROM sources WHERE id = ?').run(id);
}

export interface MergeCounts {
  movedCitations: number;
  movedObservations: number;
  movedIndicators: number;
  movedTranscripts: number;
}

/**
 * Moves everything that points at `fromId` to `toId`, then deletes `fromId`. A citation that
 * relied on the merged source's accessed date keeps it, because that is when that page was read.
 * Must run inside a transaction.
 */
export function mergeSourceInto(db: Db, fromId: string, toId: string): MergeCounts {
  const from = db.prepare('SELECT accessed_on FROM sources WHERE id = ?').get(fromId) as { accessed_on: string | null };
  const to = db.prepare('SELECT accessed_on FROM sources WHERE id = ?').get(toId) as { accessed_on: string | null };
  if (from.accessed_on && from.accessed_on !== to.accessed_on) {
    db.prepare(`UPDATE citations SET accessed_on = ?, updated_at = ? WHERE source_id = ? AND accessed_on IS NULL`).run(from.accessed_on, nowIso(), fromId);
  }
  const move = (table: string) => db.prepare(`UPDATE ${table} SET source_id = @to, updated_at = @now WHERE source_id = @from`).run({ to: toId, from: fromId, now: nowIso() }).changes;
  const counts = {
    movedCitations: move('citations'),
    movedObservations: move('observations'),
    movedIndicators: move('indicators'),
    movedTranscripts: move('transcripts'),
  };
  deleteSource(db, fromId);
  return counts;
}
