/** The register of sources the report cites. Transcripts register themselves here on import. */
import type { SourceKind } from '../../shared/domain/types';
import type { Db } from '../store';
import { freshStamps } from './stamps';

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
