/**
 * Global undo and redo for quote and tag actions, for this session (it survives a window reload,
 * because it lives in the backend, not the page).
 *
 * Each undoable action records the before and after images of every row it touched. Undo puts
 * the before images back, but only if every row is still as the action left it: if someone (a
 * merge, another window) has changed one since, undoing is refused rather than clobbering it.
 */
import { ApiError } from '../../shared/api/errors';
import type { UndoState } from '../../shared/domain/evidence';
import { readRow, sameImage, writeRow, type JournalledTable, type RowImage } from '../../db/journal';
import type { Db } from '../../db/store';

interface RowChange {
  table: JournalledTable;
  id: string;
  before: RowImage;
  after: RowImage;
}

interface Entry {
  label: string;
  changes: RowChange[];
}

/** Collects the rows an action touches: call `touch` before changing a row (or after creating it). */
export class ChangeRecorder {
  private readonly befores = new Map<string, { table: JournalledTable; id: string; before: RowImage }>();

  constructor(private readonly db: Db) {}

  touch(table: JournalledTable, id: string): void {
    const key = `${table}:${id}`;
    if (!this.befores.has(key)) this.befores.set(key, { table, id, before: readRow(this.db, table, id) });
  }

  /** For rows created by the action: their before image is "did not exist". */
  created(table: JournalledTable, id: string): void {
    const key = `${table}:${id}`;
    if (!this.befores.has(key)) this.befores.set(key, { table, id, before: null });
  }

  finish(): RowChange[] {
    return [...this.befores.values()]
      .map((row) => ({ ...row, after: readRow(this.db, row.table, row.id) }))
      .filter((change) => !sameImage(change.before, change.after));
  }
}

const LIMIT = 200;
/** Parents before children when rows come back; children before parents when they go. */
const TABLE_ORDER: JournalledTable[] = ['tags', 'quotes', 'quote_tags'];

function apply(db: Db, changes: RowChange[], direction: 'undo' | 'redo'): void {
  const target = (c: RowChange) => (direction === 'undo' ? c.before : c.after);
  const expected = (c: RowChange) => (direction === 'undo' ? c.after : c.before);
  for (const change of changes) {
    if (!sameImage(readRow(db, change.table, change.id), expected(change))) {
      throw new ApiError('conflict', `That can no longer be ${direction === 'undo' ? 'undone' : 'redone'}: it has been changed since (perhaps in another window or by a merge).`);
    }
  }
  const byOrder = (a: RowChange, b: RowChange) => TABLE_ORDER.indexOf(a.table) - TABLE_ORDER.indexOf(b.table);
  // Removals first, children first; then restorations, parents first.
  for (const change of [...changes].filter((c) => target(c) === null).sort(byOrder).reverse()) writeRow(db, change.table, change.id, null);
  for (const change of [...changes].filter((c) => target(c) !== null).sort(byOrder)) writeRow(db, change.table, change.id, target(change));
}

export class UndoHistory {
  private readonly undoStack: Entry[] = [];
  private readonly redoStack: Entry[] = [];

  record(label: string, changes: RowChange[]): void {
    if (changes.length === 0) return;
    this.undoStack.push({ label, changes });
    if (this.undoStack.length > LIMIT) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  state(): UndoState {
    return {
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      undoLabel: this.undoStack.at(-1)?.label ?? null,
      redoLabel: this.redoStack.at(-1)?.label ?? null,
    };
  }

  /** Must run inside a transaction. */
  undo(db: Db): void {
    const entry = this.undoStack.at(-1);
    if (!entry) throw new ApiError('conflict', 'There is nothing to undo.');
    apply(db, entry.changes, 'undo');
    this.redoStack.push(this.undoStack.pop()!);
  }

  /** Must run inside a transaction. */
  redo(db: Db): void {
    const entry = this.redoStack.at(-1);
    if (!entry) throw new ApiError('conflict', 'There is nothing to redo.');
    apply(db, entry.changes, 'redo');
    this.undoStack.push(this.redoStack.pop()!);
  }
}
