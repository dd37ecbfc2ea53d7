/**
 * The sample's quotes: every passage the report quotes from a transcript, marked where the
 * transcript has it (on the cited page), attributed through the transcript's own speaker turn, and
 * tagged to the chapter and section where the report uses it and the recommendation it supports.
 * They are made through the same anchoring as a member's selection in the reader.
 */
import { addQuoteTag, insertQuote } from '../../db/repositories/quotes';
import { ensureStructureTags, structureTagId } from '../../db/repositories/tags';
import type { Db } from '../../db/store';
import { anchorSelection, loadTranscriptText, sliceText } from '../evidence/anchor';
import { collapseWhitespace } from '../evidence/reanchor';
import { sampleId } from './load-sample';
import { SAMPLE_QUOTE_TAGS } from './quote-tags';
import { QUOTED_PASSAGES } from './transcripts';

/** The words either side of each "[...]" elision, in order. */
function fragments(passage: string): string[] {
  return passage
    .split(/\s*\[\.\.\.[^\]]*\]\s*/)
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * Where a passage is in the transcript: from its first fragment to the end of its last, starting
 * on its cited page (a range citation may run onto the next page). Line breaks in the transcript
 * (a PDF's wrapped lines, a page break) count as spaces.
 */
export function locatePassage(text: string, pageStart: number, pageEnd: number, passage: string): { start: number; end: number } | null {
  const parts = fragments(passage).map((part) => part.replace(/\s+/g, ' '));
  if (parts.length === 0) return null;
  const collapsed = collapseWhitespace(text);
  // Where, in the collapsed text, the cited page begins and ends.
  const toCollapsed = (offset: number) => {
    const index = collapsed.origin.findIndex((origin) => origin >= offset);
    return index < 0 ? collapsed.text.length : index;
  };
  let from = toCollapsed(pageStart);
  const limit = toCollapsed(pageEnd);
  let start = -1;
  let end = -1;
  for (const [index, part] of parts.entries()) {
    const at = collapsed.text.indexOf(part, from);
    if (at < 0 || (index === 0 && at >= limit)) return null;
    if (index === 0) start = collapsed.origin[at]!;
    end = collapsed.origin[at + part.length - 1]! + 1;
    from = at + part.length;
  }
  return { start, end };
}

/** Must run inside the sample's transaction, after its transcripts are saved. */
export function saveSampleQuotes(db: Db, authorId: string, investigationId: string): number {
  ensureStructureTags(db, authorId, investigationId);
  const seen = new Map<number, number>();
  let made = 0;
  for (const passage of QUOTED_PASSAGES) {
    const index = seen.get(passage.footnote) ?? 0;
    seen.set(passage.footnote, index + 1);
    const transcriptId = sampleId(`transcript/${passage.transcriptKey}`);
    const meetingId = (db.prepare('SELECT meeting_id FROM transcripts WHERE id = ?').get(transcriptId) as { meeting_id: string }).meeting_id;
    const text = loadTranscriptText(db, transcriptId);
    const first = text.pages.find((p) => p.pageNumber === passage.page);
    const last = text.pages.find((p) => p.pageNumber === (passage.lastPage ?? passage.page));
    if (!first || !last) throw new Error(`Sample quote for footnote ${passage.footnote}: page ${passage.page} is missing.`);
    const whole = sliceText(text, 0, text.length);
    const found = locatePassage(whole, first.startOffset, last.endOffset, passage.text);
    if (!found) throw new Error(`Sample quote for footnote ${passage.footnote} is not on page ${passage.page} of its transcript.`);
    const fields = anchorSelection(db, transcriptId, meetingId, text, found.start, found.end);
    const quoteId = insertQuote(db, authorId, { ...fields, note: `Quoted in the report (footnote ${passage.footnote}).` }, sampleId(`quote/${passage.footnote}/${index}`));

    const tagging = SAMPLE_QUOTE_TAGS.find((t) => t.footnote === passage.footnote && t.index === index);
    if (!tagging) throw new Error(`Sample quote for footnote ${passage.footnote} has no tagging.`);
    const tagIds = [
      structureTagId('chapter', sampleId(`chapter/${tagging.chapter}`)),
      ...(tagging.section ? [structureTagId('section', sampleId(`section/${tagging.chapter}/${tagging.section}`))] : []),
      ...tagging.recommendations.map((rec) => structureTagId('recommendation', sampleId(`recommendation/${rec}`))),
    ];
    for (const tagId of tagIds) addQuoteTag(db, authorId, quoteId, tagId);
    made += 1;
  }
  return made;
}
