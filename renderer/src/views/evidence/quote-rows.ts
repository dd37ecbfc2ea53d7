/**
 * The rows of the Evidence grid. ag-grid community has no row grouping, so "Group by" re-shapes
 * the rows: one header row per group (shown full width, with a count) followed by the group's
 * quotes. A quote with several tags of the chosen kind appears under each of them.
 *
 * Everything the grid shows, sorts, filters and exports is worked out here once per load, so
 * that 50,000 quotes sort and filter without calling formatters row by row.
 */
import type { AnchorStatus, GridQuote, Tag } from '../../../../shared/domain/evidence';
import { longDateOr } from '../../format/dates';
import { ANCHOR_LABELS, pageLabel } from './evidence-format';

export const GROUP_BY_OPTIONS = [
  { value: 'none', label: 'Nothing (one row per quote)' },
  { value: 'chapter', label: 'Chapter' },
  { value: 'recommendation', label: 'Recommendation' },
  { value: 'theme', label: 'Theme' },
  { value: 'witness', label: 'Witness' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'author', label: 'Author' },
] as const;

export type GroupBy = (typeof GROUP_BY_OPTIONS)[number]['value'];

export function isGroupBy(value: string | null): value is GroupBy {
  return GROUP_BY_OPTIONS.some((option) => option.value === value);
}

export interface QuoteRow {
  kind: 'quote';
  /** Unique per grid row: the quote's id, prefixed by its group when grouped. */
  id: string;
  groupKey: string | null;
  quote: GridQuote;
  date: string;
  page: string;
  tagNames: string[];
  tags: string;
  anchor: string;
  anchorStatus: AnchorStatus;
  /** Worked out later and kept here: one object per quote, shared by its rows under every group. */
  prepared: { search: SearchParts | null };
}

export interface GroupRow {
  kind: 'group';
  id: string;
  groupKey: string;
  label: string;
  /** Quotes in the group before any filter. */
  total: number;
}

export type EvidenceRow = QuoteRow | GroupRow;

export interface EvidenceRows {
  rows: EvidenceRow[];
  /** Group keys in the order the groups are shown. */
  groupOrder: string[];
  quoteCount: number;
}

const NONE = '\u0000none';

const NO_GROUP_LABELS: Record<Exclude<GroupBy, 'none'>, string> = {
  chapter: 'Not tagged to a chapter',
  recommendation: 'Not tagged to a recommendation',
  theme: 'Not tagged to a theme',
  witness: 'Speaker not known',
  organisation: 'No organisation recorded',
  author: 'Author not known',
};

const built = new WeakMap<GridQuote[], { tags: Tag[]; rows: QuoteRow[] }>();

/**
 * The grid's row for each quote, without a group. Remembered for the same lists, since React may
 * render a page twice on its way to the screen (while the grid's code loads, for instance).
 */
export function baseRows(quotes: GridQuote[], tags: Tag[]): QuoteRow[] {
  const known = built.get(quotes);
  if (known && known.tags === tags) return known.rows;
  const rows = buildRows(quotes, tags);
  built.set(quotes, { tags, rows });
  return rows;
}

function buildRows(quotes: GridQuote[], tags: Tag[]): QuoteRow[] {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  // Few meetings and few combinations of tags, many quotes: work each out once.
  const dates = new Map<string, string>();
  const tagSets = new Map<string, { names: string[]; text: string }>();
  return quotes.map((quote) => {
    const setKey = quote.tagIds.join(' ');
    let tagSet = tagSets.get(setKey);
    if (tagSet === undefined) {
      const names = quote.tagIds
        .map((id) => byId.get(id))
        .filter((tag): tag is Tag => tag !== undefined)
        .sort((a, b) => a.order - b.order)
        .map((tag) => tag.name);
      tagSet = { names, text: names.join('; ') };
      tagSets.set(setKey, tagSet);
    }
    let date = dates.get(quote.heldOn);
    if (date === undefined) {
      date = longDateOr(quote.heldOn, '');
      dates.set(quote.heldOn, date);
    }
    return {
      kind: 'quote',
      id: quote.id,
      groupKey: null,
      quote,
      date,
      page: pageLabel(quote),
      tagNames: tagSet.names,
      tags: tagSet.text,
      anchor: ANCHOR_LABELS[quote.anchorStatus],
      anchorStatus: quote.anchorStatus,
      prepared: { search: null },
    };
  });
}

/**
 * What the quick filter looks through for one quote, in two parts: what the quote shares with
 * many others (speaker, role, organisation, meeting, transcript, date, tags, author, anchor), one
 * string for all the quotes with the same, and what is its own (words, note, page). A filter
 * checks each shared part once, not once per quote, which halves what it reads per quote.
 */
export interface SearchParts {
  shared: string;
  own: string;
}

const sharedTexts = new Map<string, string>();
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** Lower case without accents (so "zoe" finds "Zoë"), only paying for the accents where there are some. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return ACCENTED.test(lower) ? lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/**
 * A quote's search texts, worked out when first asked for and remembered: the grid paints first,
 * and `warmSearchTexts` fills these in while the page is idle, so that even the first filter only
 * compares.
 */
export function searchPartsOf(row: QuoteRow): SearchParts {
  // Kept on the row rather than in a WeakMap: a filter reads it for every quote.
  let parts = row.prepared.search;
  if (parts === null) {
    const { quote } = row;
    const key = [quote.speaker, quote.roleText, quote.organisation, quote.meetingTitle, quote.transcriptTitle, row.date, row.tags, quote.authorName, row.anchor]
      .filter(Boolean)
      .join('\n');
    let shared = sharedTexts.get(key);
    if (shared === undefined) {
      shared = fold(key);
      // Quotes are few thousand combinations of these at most; the cap only guards against a leak.
      if (sharedTexts.size > 100_000) sharedTexts.clear();
      sharedTexts.set(key, shared);
    }
    parts = { shared, own: fold([quote.text, quote.note, row.page].filter(Boolean).join('\n')) };
    row.prepared.search = parts;
  }
  return parts;
}

/** Works out the quick filter's texts a slice at a time when the browser is idle. Returns a cancel. */
export function warmSearchTexts(rows: QuoteRow[]): () => void {
  let next = 0;
  let handle = 0;
  const idle = (callback: (deadline?: IdleDeadline) => void) =>
    typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(callback, { timeout: 500 }) : window.setTimeout(callback, 16);
  const step = (deadline?: IdleDeadline) => {
    const until = performance.now() + Math.max(8, deadline?.timeRemaining() ?? 8);
    while (next < rows.length && performance.now() < until) {
      const end = Math.min(rows.length, next + 250);
      for (; next < end; next += 1) searchPartsOf(rows[next]!);
    }
    if (next < rows.length) handle = idle(step);
  };
  handle = idle(step);
  return () => {
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle);
    window.clearTimeout(handle);
  };
}

/** The groups a quote belongs to under `groupBy`, as [key, label] pairs. */
function groupsOf(row: QuoteRow, groupBy: Exclude<GroupBy, 'none'>, byId: Map<string, Tag>): [string, string][] {
  const { quote } = row;
  switch (groupBy) {
    case 'chapter': {
      const chapters = new Map<string, string>();
      for (const id of quote.tagIds) {
        const tag = byId.get(id);
        if (!tag) continue;
        // A quote tagged to a section counts for the section's chapter.
        const chapter = tag.kind === 'chapter' ? tag : tag.kind === 'section' && tag.parentId ? byId.get(tag.parentId) : undefined;
        if (chapter && chapter.kind === 'chapter') chapters.set(chapter.id, chapter.name);
      }
      return [...chapters];
    }
    case 'recommendation':
    case 'theme':
      return quote.tagIds
        .map((id) => byId.get(id))
        .filter((tag): tag is Tag => tag !== undefined && tag.kind === groupBy)
        .map((tag) => [tag.id, tag.name]);
    case 'witness':
      return [[quote.personId ?? `speaker:${quote.speaker}`, quote.speaker]];
    case 'organisation':
      return quote.organisation ? [[`org:${quote.organisation.trim().toLowerCase()}`, quote.organisation.trim()]] : [];
    case 'author':
      return [[quote.authorId, quote.authorName]];
  }
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

export function groupRows(base: QuoteRow[], tags: Tag[], groupBy: GroupBy): EvidenceRows {
  if (groupBy === 'none') return { rows: base, groupOrder: [], quoteCount: base.length };
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const members = new Map<string, { label: string; rows: QuoteRow[] }>();
  for (const row of base) {
    const groups = groupsOf(row, groupBy, byId);
    const keys: [string, string][] = groups.length > 0 ? groups : [[NONE, NO_GROUP_LABELS[groupBy]]];
    for (const [key, label] of keys) {
      let group = members.get(key);
      if (!group) {
        group = { label, rows: [] };
        members.set(key, group);
      }
      group.rows.push({ ...row, id: `${key}|${row.quote.id}`, groupKey: key });
    }
  }
  // Tags keep the report's order (Recommendation 2 before 10); people and organisations go A to Z.
  const tagOrder = (key: string) => byId.get(key)?.order ?? Number.MAX_SAFE_INTEGER;
  const groupOrder = [...members.keys()].sort((a, b) => {
    if (a === NONE || b === NONE) return a === NONE ? (b === NONE ? 0 : 1) : -1;
    if (groupBy === 'chapter' || groupBy === 'recommendation' || groupBy === 'theme') return tagOrder(a) - tagOrder(b);
    return collator.compare(members.get(a)!.label, members.get(b)!.label);
  });
  const rows: EvidenceRow[] = [];
  for (const key of groupOrder) {
    const group = members.get(key)!;
    rows.push({ kind: 'group', id: `group|${key}`, groupKey: key, label: group.label, total: group.rows.length });
    for (const row of group.rows) rows.push(row);
  }
  return { rows, groupOrder, quoteCount: base.length };
}
