/**
 * Footnotes matched by identity (footnote-keys.ts), not number: added, removed, reworded. Those
 * kept with the same words under a new number are only counted: an insertion near the start
 * renumbers every later footnote, and listing each would bury the real changes.
 */
import type { FootnoteChange } from '../../shared/domain/versions';
import type { ReportModel } from '../../shared/report/model';
import { footnoteKeys } from './footnote-keys';
import { wholeText, wordChanges } from './word-diff';

export function compareFootnotes(from: ReportModel, to: ReportModel): { changes: FootnoteChange[]; renumbered: number } {
  const fromKeys = footnoteKeys(from);
  const toKeys = footnoteKeys(to);
  const earlier = new Map(from.footnotes.map((f) => [fromKeys.get(f.number)!, f]));
  const laterNumber = new Map([...toKeys].map(([number, key]) => [key, number]));
  const changes: (FootnoteChange & { order: number })[] = [];
  let renumbered = 0;
  for (const footnote of to.footnotes) {
    const before = earlier.get(toKeys.get(footnote.number)!);
    if (!before) {
      changes.push({ status: 'added', fromNumber: null, toNumber: footnote.number, words: wholeText('added', footnote.text), order: footnote.number });
    } else if (before.text !== footnote.text) {
      changes.push({ status: 'changed', fromNumber: before.number, toNumber: footnote.number, words: wordChanges(before.text, footnote.text), order: footnote.number });
    } else if (before.number !== footnote.number) {
      renumbered += 1;
    }
  }
  // A removed footnote is listed after the one that preceded it.
  let anchor = 0;
  for (const footnote of from.footnotes) {
    const key = fromKeys.get(footnote.number)!;
    const kept = laterNumber.get(key);
    if (kept !== undefined) anchor = kept;
    else changes.push({ status: 'removed', fromNumber: footnote.number, toNumber: null, words: wholeText('removed', footnote.text), order: anchor + 0.5 + footnote.number / 1e6 });
  }
  return { changes: changes.sort((a, b) => a.order - b.order).map(({ order: _order, ...change }) => change), renumbered };
}
