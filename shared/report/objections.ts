/**
 * A member's dissent or reservation as drafting shows and edits it: who, on what, their words and
 * the sources they cite. It is printed through footnotes in the register that name it
 * (`footnotes.objection_id`); the workbench writes and rewrites those footnotes itself, so the
 * clerk only ever edits the member's words and citations here.
 */
import type { CitationStyle } from '../domain/sources';
import type { Id, ObjectionKind } from '../domain/types';

export interface ObjectionCitation {
  sourceId: Id;
  /** "p.38", "Section 6". */
  locator: string | null;
  style: CitationStyle;
}

export interface DraftObjection {
  id: Id;
  kind: ObjectionKind;
  memberPersonId: Id;
  /** "Zoë Garbett AM". */
  memberName: string;
  /** Dissents: the recommendation, and the part dissented from (null: the whole recommendation). */
  recommendationId: Id | null;
  recommendationPartId: Id | null;
  /** Reservations: the paragraph, and the words the reservation is about (printed straight after them). */
  blockId: Id | null;
  anchorText: string | null;
  text: string;
  citations: ObjectionCitation[];
  /** The register's footnotes that print it, in order (a dissent is printed wherever its recommendation is). */
  footnoteIds: Id[];
}

/**
 * The footnote that prints an objection: the member's words, then the citations after them (so a
 * dissent reads "…damages trust. Professor Ben Bradford, Transcript, p.12"). Pure, so the backend
 * writes and the tests expect the same thing.
 */
export function objectionFootnoteText(text: string, citationCount: number): { textBefore: string; textAfter: string } {
  const words = text.trim();
  return citationCount > 0 ? { textBefore: `${words} `, textAfter: '' } : { textBefore: words, textAfter: '' };
}
