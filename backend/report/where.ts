/**
 * Where something sits in the report, in words a clerk can find it by:
 * "“Chapter one: Delivery and performance monitoring”, in “Budgetary constraints”".
 */
import type { Db } from '../../db/store';

export function chapterHeadingOf(db: Db, chapterId: string): string | undefined {
  const row = db.prepare('SELECT label, title FROM chapters WHERE id = ?').get(chapterId) as { label: string | null; title: string } | undefined;
  return row && (row.label ? `${row.label}: ${row.title}` : row.title);
}

/** Where a block is: its chapter, and its section when it has one. */
export function describeBlockPlace(db: Db, blockId: string): string | undefined {
  const row = db.prepare('SELECT b.chapter_id, s.title AS section FROM blocks b LEFT JOIN sections s ON s.id = b.section_id WHERE b.id = ?').get(blockId) as { chapter_id: string; section: string | null } | undefined;
  if (!row) return undefined;
  const chapter = chapterHeadingOf(db, row.chapter_id);
  return row.section ? `“${chapter}”, in “${row.section}”` : `“${chapter}”`;
}

/** "a and b", "a, b and c". */
export function inProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Where the quote blocks printing a quote are, or an empty list when none does. */
export function quoteBlockPlaces(db: Db, quoteId: string): string[] {
  const ids = db.prepare(`SELECT id FROM blocks WHERE kind = 'quote' AND json_extract(content, '$.quoteId') = ?`).pluck().all(quoteId) as string[];
  return [...new Set(ids.map((id) => describeBlockPlace(db, id)).filter((place): place is string => place !== undefined))];
}
