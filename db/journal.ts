/**
 * Row images for undo: read a row as it is, and put a row back as it was (or remove it).
 * Only the evidence tables are journalled; their names come from this list, never from input.
 */
import type { Db } from './store';

export const JOURNALLED_TABLES = ['tags', 'quotes', 'quote_tags'] as const;
export type JournalledTable = (typeof JOURNALLED_TABLES)[number];
export type RowImage = Record<string, unknown> | null;

export function readRow(db: Db, table: JournalledTable, id: string): RowImage {
  return (db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined) ?? null;
}

/** Makes the row exactly `image` (upsert, so no delete cascades), or deletes it when null. */
export function writeRow(db: Db, table: JournalledTable, id: string, image: RowImage): void {
  if (image === null) {
    db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
    return;
  }
  const columns = Object.keys(image);
  const updates = columns.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`);
  db.prepare(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})
     ON CONFLICT(id) DO UPDATE SET ${updates.join(', ')}`,
  ).run(image);
}

export function sameImage(a: RowImage, b: RowImage): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
