/**
 * Which footnote is which across two versions. Numbers cannot say (one footnote added near the
 * start renumbers all the rest), so each printed footnote gets a key from what it is: its entry
 * in the register, or for a dissent or reservation printed from its own text, the objection and
 * where it is printed (a dissent is printed on its recommendation wherever that appears).
 */
import type { ModelFootnote, ReportModel } from '../../shared/report/model';

export function footnoteKeys(model: ReportModel): Map<number, string> {
  const keys = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const footnote of model.footnotes) {
    const base = baseKey(footnote);
    // The same objection printed twice in one place (never in practice) still gets two keys.
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    keys.set(footnote.number, occurrence === 0 ? base : `${base}#${occurrence}`);
  }
  return keys;
}

function baseKey(footnote: ModelFootnote): string {
  return footnote.footnoteId ? `f:${footnote.footnoteId}` : `o:${footnote.objectionId ?? ''}:${footnote.chapterId}:${footnote.blockId ?? ''}`;
}

/**
 * How a footnote reference reads in one side of a comparison. Both sides print references with
 * the later version's numbers where the footnote is in both, so a footnote renumbered by an
 * insertion elsewhere does not show as a change in every paragraph after it.
 */
export interface FootnoteRefs {
  /** What decides whether two paragraphs are the same: the footnote's identity. */
  key(number: number): string;
  /** What the reader sees: "[23]". */
  label(number: number): string;
}

export function footnoteRefs(from: ReportModel, to: ReportModel): { from: FootnoteRefs; to: FootnoteRefs } {
  const fromKeys = footnoteKeys(from);
  const toKeys = footnoteKeys(to);
  const toNumberOf = new Map([...toKeys].map(([number, key]) => [key, number]));
  return {
    from: {
      key: (n) => fromKeys.get(n) ?? `missing:${n}`,
      label: (n) => {
        const key = fromKeys.get(n);
        const later = key === undefined ? undefined : toNumberOf.get(key);
        return later === undefined ? `[${n}]` : `[${later}]`;
      },
    },
    to: { key: (n) => toKeys.get(n) ?? `missing:${n}`, label: (n) => `[${n}]` },
  };
}
