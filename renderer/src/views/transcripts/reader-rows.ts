/**
 * The reader's rows: what the virtual list scrolls through.
 *
 * A transcript's text is its pages joined in order; pages tile the text and every offset is on
 * exactly one page. The reader shows, page by page, a page marker, then the page cut into pieces:
 * each speaker turn's part on that page, and any text outside every turn (the header block) as
 * plain text. Those pieces are the same as the backend's search segments, so a search hit's
 * offset always falls in one row.
 */
import type { TranscriptDetail } from '../../../../shared/domain/transcripts';

export interface PageRow {
  kind: 'page';
  key: string;
  page: number;
  start: number;
  end: number;
}

export interface TurnRow {
  kind: 'turn';
  key: string;
  page: number;
  /** Index into detail.turns. */
  turnIndex: number;
  /** The part of the turn on this page: [start, end). */
  start: number;
  end: number;
  /** Where the words shown begin: after the printed label on the turn's first page. */
  textStart: number;
  /** True when the turn began on an earlier page. */
  continued: boolean;
}

export interface TextRow {
  kind: 'text';
  key: string;
  page: number;
  start: number;
  end: number;
}

export type ReaderRow = PageRow | TurnRow | TextRow;

function isBlank(text: string): boolean {
  return text.trim() === '';
}

export function buildRows(detail: Pick<TranscriptDetail, 'pages' | 'turns'>): ReaderRow[] {
  const rows: ReaderRow[] = [];
  const turns = detail.turns;
  let t = 0;
  for (const page of detail.pages) {
    rows.push({ kind: 'page', key: `p${page.number}:${page.startOffset}`, page: page.number, start: page.startOffset, end: page.endOffset });
    const slice = (start: number, end: number) => page.text.slice(start - page.startOffset, end - page.startOffset);
    let cursor = page.startOffset;
    // Turns that ended before this page are behind us.
    while (t < turns.length && turns[t]!.endOffset <= page.startOffset) t += 1;
    let i = t;
    while (i < turns.length && turns[i]!.startOffset < page.endOffset) {
      const turn = turns[i]!;
      const start = Math.max(turn.startOffset, page.startOffset);
      const end = Math.min(turn.endOffset, page.endOffset);
      if (start > cursor && !isBlank(slice(cursor, start))) {
        rows.push({ kind: 'text', key: `x${cursor}`, page: page.number, start: cursor, end: start });
      }
      if (end > start) {
        const continued = turn.startOffset < page.startOffset;
        const textStart = continued ? start : Math.min(Math.max(turn.speechOffset, start), end);
        rows.push({ kind: 'turn', key: `t${i}:${start}`, page: page.number, turnIndex: i, start, end, textStart, continued });
      }
      cursor = Math.max(cursor, end);
      if (turn.endOffset > page.endOffset) break; // continues on the next page
      i += 1;
    }
    if (cursor < page.endOffset && !isBlank(slice(cursor, page.endOffset))) {
      rows.push({ kind: 'text', key: `x${cursor}`, page: page.number, start: cursor, end: page.endOffset });
    }
  }
  return rows;
}

/** Rows for one speaker only: their turns, under the markers of the pages they speak on. */
export function filterRows(rows: ReaderRow[], keep: (row: TurnRow) => boolean): ReaderRow[] {
  const out: ReaderRow[] = [];
  let marker: PageRow | null = null;
  for (const row of rows) {
    if (row.kind === 'page') {
      marker = row;
    } else if (row.kind === 'turn' && keep(row)) {
      if (marker) {
        out.push(marker);
        marker = null;
      }
      out.push(row);
    }
  }
  return out;
}

/** The row holding an offset; a blank gap between rows goes to the next row. -1 if none. */
export function rowIndexForOffset(rows: ReaderRow[], offset: number): number {
  let after = -1;
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    if (row.kind === 'page') continue;
    if (row.start <= offset && offset < row.end) return i;
    if (after === -1 && row.start > offset) after = i;
  }
  return after;
}

/** The marker of a page; -1 if the transcript has no such page. */
export function rowIndexForPage(rows: ReaderRow[], page: number): number {
  return rows.findIndex((row) => row.kind === 'page' && row.page === page);
}

/** The text of a row from the pages' text. */
export function textOf(detail: Pick<TranscriptDetail, 'pages'>, pageIndexByNumber: Map<number, number>, row: ReaderRow, from: number): string {
  const page = detail.pages[pageIndexByNumber.get(row.page) ?? -1];
  if (!page) return '';
  return page.text.slice(from - page.startOffset, row.end - page.startOffset);
}
