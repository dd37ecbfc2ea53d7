/**
 * Numbers footnotes as the report is walked in document order: the first reference prints 1, the
 * next 2, and so on across the whole report, whatever the register's own order.
 *
 * - A footnote referenced again (the same footnote twice) keeps its first number.
 * - A dissent or reservation is printed as a new footnote on every occurrence of what it is
 *   attached to (the seed prints Recommendation 8's dissent as footnote 9 in the summary list and
 *   112 in chapter three). Its words come from the register's footnotes that print it, one per
 *   occurrence in order (they may differ, as the seed's straight and curly quotation marks do);
 *   with fewer of those than occurrences, the last is repeated; with none, the objection's text.
 */
import type { Footnote } from '../../shared/domain/sources';
import type { Objection } from '../../shared/domain/types';
import type { FootnoteOrigin, ModelFootnote } from '../../shared/report/model';

export interface Place {
  chapterId: string;
  blockId: string | null;
}

export class FootnoteNumbering {
  readonly footnotes: ModelFootnote[] = [];
  private readonly register: Map<string, Footnote>;
  private readonly numbers = new Map<string, number>();
  private readonly printing = new Map<string, Footnote[]>();
  private readonly occurrences = new Map<string, number>();

  constructor(register: readonly Footnote[]) {
    this.register = new Map(register.map((f) => [f.id, f]));
    for (const footnote of [...register].sort((a, b) => a.position - b.position)) {
      if (!footnote.objectionId) continue;
      const list = this.printing.get(footnote.objectionId);
      if (list) list.push(footnote);
      else this.printing.set(footnote.objectionId, [footnote]);
    }
  }

  has(footnoteId: string): boolean {
    return this.register.has(footnoteId);
  }

  get(footnoteId: string): Footnote | undefined {
    return this.register.get(footnoteId);
  }

  /** The number of a register footnote referenced here, or null if it no longer exists. */
  reference(footnoteId: string, origin: FootnoteOrigin, place: Place): number | null {
    const known = this.numbers.get(footnoteId);
    if (known !== undefined) return known;
    const footnote = this.register.get(footnoteId);
    if (!footnote) return null;
    const number = this.push({ footnoteId, objectionId: footnote.objectionId, origin, runs: footnote.runs, text: footnote.text, ...place });
    this.numbers.set(footnoteId, number);
    return number;
  }

  /** A new footnote printing a dissent or reservation at this occurrence. */
  objection(objection: Objection, place: Place): number {
    const seen = this.occurrences.get(objection.id) ?? 0;
    this.occurrences.set(objection.id, seen + 1);
    const printing = this.printing.get(objection.id) ?? [];
    const footnote = printing[Math.min(seen, printing.length - 1)];
    const origin: FootnoteOrigin = objection.kind === 'dissent' ? 'dissent' : 'reservation';
    return footnote
      ? this.push({ footnoteId: footnote.id, objectionId: objection.id, origin, runs: footnote.runs, text: footnote.text, ...place })
      : this.push({ footnoteId: null, objectionId: objection.id, origin, runs: [{ text: objection.text }], text: objection.text, ...place });
  }

  private push(entry: Omit<ModelFootnote, 'number'>): number {
    const number = this.footnotes.length + 1;
    this.footnotes.push({ number, ...entry, runs: entry.runs.map((run) => ({ ...run })) });
    return number;
  }
}
