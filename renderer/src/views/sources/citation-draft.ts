/** A citation as the footnote editor holds it while it is typed, and as the contract wants it. */
import type { Citation, CitationStyle } from '../../../../shared/domain/sources';
import { toPartialIso } from './sources-format';

export interface CitationDraft {
  /** Stable across reordering, for React and for the fields' ids. */
  key: string;
  sourceId: string;
  style: CitationStyle;
  locator: string;
  label: string;
  accessedOn: string;
  joiner: string;
}

let nextKey = 0;

export function newDraft(from?: Citation): CitationDraft {
  nextKey += 1;
  return {
    key: `c${nextKey}`,
    sourceId: from?.sourceId ?? '',
    style: from?.style ?? 'full',
    locator: from?.locator ?? '',
    label: from?.label ?? '',
    accessedOn: from?.accessedOn ?? '',
    joiner: from?.joiner ?? '',
  };
}

export interface CitationInput {
  sourceId: string;
  style: CitationStyle;
  locator: string;
  label: string;
  accessedOn: string;
  /** Not trimmed: " and " keeps its spaces. */
  joiner: string | null;
}

export function toInput(draft: CitationDraft): CitationInput {
  return {
    sourceId: draft.sourceId,
    style: draft.style,
    locator: draft.locator,
    label: draft.label,
    accessedOn: toPartialIso(draft.accessedOn),
    joiner: draft.joiner === '' ? null : draft.joiner,
  };
}

/** Moves the item at `from` by `by` places (−1 up, +1 down), within bounds. */
export function move<T>(items: T[], from: number, by: number): T[] {
  const to = from + by;
  if (to < 0 || to >= items.length) return items;
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}
