/**
 * Footnotes and their citations. A footnote's number is its position in the investigation's
 * register (1..n, no gaps): the seed's number for the sample, document order once drafting exists.
 * Every footnote comes back formatted in house style by the one shared formatter.
 */
import type { Citation, CitationStyle, Footnote } from '../../shared/domain/sources';
import { formatFootnote } from '../../shared/format/footnotes';
import { newId } from '../ids';
import type { Db } from '../store';
import { toFormattableCitation, type CitationJoinRow } from './sources';
import { freshStamps, updateClause } from './stamps';

export interface CitationFields {
  sourceId: string;
  style: CitationStyle;
  locator: string | null;
  label: string | null;
  accessedOn: string | null;
  joiner: string | null;
}

export interface FootnoteFields {
  investigationId: string;
  textBefore: string;
  citations: CitationFields[];
  textAfter: string;
  objectionId?: string | null;
}

interface FootnoteRow {
  id: string;
  investigation_id: string;
  position: number;
  text_before: string;
  text_after: string;
  objection_id: string | null;
  updated_at: string;
}

type CitationRow = CitationJoinRow & { id: string };

function footnotesFrom(db: Db, rows: FootnoteRow[]): Footnote[] {
  if (rows.length === 0) return [];
  const citations = db
    .prepare(
      `SELECT c.id, c.footnote_id, c.style, c.locator, c.label, c.accessed_on, c.joiner,
         s.id AS source_id, s.publisher, s.title, s.url, s.published_on, s.accessed_on AS source_accessed_on
       FROM citations c JOIN sources s ON s.id = c.source_id
       WHERE c.footnote_id IN (SELECT value FROM json_each(?))
       ORDER BY c.position, c.id`,
    )
    .all(JSON.stringify(rows.map((row) => row.id))) as CitationRow[];
  const byFootnote = new Map<string, CitationRow[]>();
  for (const citation of citations) {
    const list = byFootnote.get(citation.footnote_id);
    if (list) list.push(citation);
    else byFootnote.set(citation.footnote_id, [citation]);
  }
  return rows.map((row) => {
    const own = byFootnote.get(row.id) ?? [];
    const formatted = formatFootnote({ textBefore: row.text_before, citations: own.map(toFormattableCitation), textAfter: row.text_after });
    return {
      id: row.id,
      investigationId: row.investigation_id,
      position: row.position,
      textBefore: row.text_before,
      citations: own.map(
        (c): Citation => ({ id: c.id, sourceId: c.source_id, style: c.style, locator: c.locator, label: c.label, accessedOn: c.accessed_on, joiner: c.joiner }),
      ),
      textAfter: row.text_after,
      objectionId: row.objection_id,
      runs: formatted.runs,
      text: formatted.text,
      updatedAt: row.updated_at,
    };
  });
}

const SELECT_FOOTNOTES = `SELECT id, investigation_id, position, text_before, text_after, objection_id, updated_at FROM footnotes`;

export function listFootnotes(db: Db, investigationId: string): Footnote[] {
  const rows = db.prepare(`${SELECT_FOOTNOTES} WHERE investigation_id = ? ORDER BY position, created_at, id`).all(investigationId) as FootnoteRow[];
  return footnotesFrom(db, rows);
}

export function getFootnote(db: Db, id: string): Footnote | undefined {
  const row = db.prepare(`${SELECT_FOOTNOTES} WHERE id = ?`).get(id) as FootnoteRow | undefined;
  return row ? footnotesFrom(db, [row])[0] : undefined;
}

export function footnoteCount(db: Db, investigationId: string): number {
  return db.prepare('SELECT count(*) FROM footnotes WHERE investigation_id = ?').pluck().get(investigationId) as number;
}

/** Replaces a footnote's citations with these, in this order. Ids may be given (the sample's are stable). */
function writeCitations(db: Db, authorId: string, footnoteId: string, citations: readonly CitationFields[], ids?: readonly string[]): void {
  db.prepare('DELETE FROM citations WHERE footnote_id = ?').run(footnoteId);
  const insert = db.prepare(
    `INSERT INTO citations (id, footnote_id, source_id, position, locator, joiner, style, label, accessed_on, author_id, created_at, updated_at)
     VALUES (@id, @footnote_id, @source_id, @position, @locator, @joiner, @style, @label, @accessed_on, @author_id, @created_at, @updated_at)`,
  );
  citations.forEach((citation, position) => {
    insert.run({
      ...freshStamps(authorId, ids?.[position] ?? newId()),
      footnote_id: footnoteId,
      source_id: citation.sourceId,
      position,
      locator: citation.locator,
      joiner: citation.joiner,
      style: citation.style,
      label: citation.label,
      accessed_on: citation.accessedOn,
    });
  });
}

/**
 * Adds a footnote at `position` (moving later ones down) or at the end. Must run inside a
 * transaction. Returns the new footnote's id.
 */
export function insertFootnote(
  db: Db,
  authorId: string,
  fields: FootnoteFields,
  options: { position?: number; id?: string; citationIds?: readonly string[] } = {},
): string {
  const count = footnoteCount(db, fields.investigationId);
  const position = Math.min(options.position ?? count + 1, count + 1);
  db.prepare('UPDATE footnotes SET position = position + 1 WHERE investigation_id = ? AND position >= ?').run(fields.investigationId, position);
  const stamps = freshStamps(authorId, options.id);
  db.prepare(
    `INSERT INTO footnotes (id, investigation_id, position, text_before, text_after, objection_id, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @position, @text_before, @text_after, @objection_id, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    investigation_id: fields.investigationId,
    position,
    text_before: fields.textBefore,
    text_after: fields.textAfter,
    objection_id: fields.objectionId ?? null,
  });
  writeCitations(db, authorId, stamps.id, fields.citations, options.citationIds);
  if (fields.objectionId) pointObjectionAtFirstFootnote(db, fields.objectionId);
  return stamps.id;
}

/** Changes a footnote's text and, when given, replaces all its citations. Must run inside a transaction. */
export function updateFootnote(db: Db, authorId: string, id: string, fields: { textBefore?: string; textAfter?: string; citations?: CitationFields[] }): void {
  const { sql, params } = updateClause({ text_before: fields.textBefore, text_after: fields.textAfter });
  db.prepare(`UPDATE footnotes SET ${sql} WHERE id = @id`).run({ ...params, id });
  if (fields.citations) writeCitations(db, authorId, id, fields.citations);
}

/** Deletes a footnote (its citations go with it) and closes the gap in the numbering. */
export function deleteFootnote(db: Db, id: string): void {
  const row = db.prepare('SELECT investigation_id, objection_id FROM footnotes WHERE id = ?').get(id) as { investigation_id: string; objection_id: string | null } | undefined;
  if (!row) return;
  db.prepare('DELETE FROM footnotes WHERE id = ?').run(id);
  renumberFootnotes(db, row.investigation_id);
  if (row.objection_id) pointObjectionAtFirstFootnote(db, row.objection_id);
}

/** Positions 1..n in their current order, whatever gaps or ties there were. */
export function renumberFootnotes(db: Db, investigationId: string): void {
  const ids = db.prepare('SELECT id FROM footnotes WHERE investigation_id = ? ORDER BY position, created_at, id').pluck().all(investigationId) as string[];
  const set = db.prepare('UPDATE footnotes SET position = ? WHERE id = ? AND position <> ?');
  ids.forEach((footnoteId, index) => set.run(index + 1, footnoteId, index + 1));
}

/**
 * `objections.footnote_id` names the first footnote that prints the objection (a dissent may be
 * printed more than once); kept true when footnotes printing it come and go.
 */
export function pointObjectionAtFirstFootnote(db: Db, objectionId: string): void {
  const first = db.prepare('SELECT id FROM footnotes WHERE objection_id = ? ORDER BY position, id LIMIT 1').pluck().get(objectionId) as string | undefined;
  db.prepare('UPDATE objections SET footnote_id = ? WHERE id = ?').run(first ?? null, objectionId);
}
