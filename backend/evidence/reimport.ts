/**
 * A corrected version replaces an uncorrected transcript: same transcript (so citations and quotes
 * keep pointing at it), new pages and turns, and every quote re-anchored by its words. Nothing is
 * silently dropped: a quote whose words are gone stays, marked lost, with its old text.
 */
import fs from 'node:fs';
import type { ReanchorReport } from '../../shared/domain/evidence';
import { recordChange } from '../../db/repositories/change-log';
import { updateQuote } from '../../db/repositories/quotes';
import { deleteTranscriptContent, getTranscriptRow, insertAttachment, insertTranscriptContent } from '../../db/repositories/transcripts';
import { nowIso } from '../../db/ids';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import { found } from '../handlers/guards';
import { TRANSCRIPT_MEDIA_TYPES, matchSpeakers, prepareTranscript } from '../import/import-transcript';
import type { Job } from '../jobs';
import { anchorSelection, loadTranscriptText, sliceText } from './anchor';
import { reanchor } from './reanchor';

/**
 * Finds every quote of a transcript again in its new text (the pages just written), by its
 * words: in place, moved (offsets, pages and speaker updated) or lost (kept with its words,
 * marked lost). Used when a corrected version replaces the text, here or by a merged bundle.
 */
export function reanchorQuotes(db: Db, transcript: { id: string; meeting_id: string }): ReanchorReport {
  const loaded = loadTranscriptText(db, transcript.id);
  const text = sliceText(loaded, 0, loaded.length);
  const quotes = db.prepare('SELECT id, start_offset, text_snapshot, page_start FROM quotes WHERE transcript_id = ?').all(transcript.id) as {
    id: string;
    start_offset: number;
    text_snapshot: string;
    page_start: number;
  }[];
  const result: ReanchorReport = { transcriptId: transcript.id, exact: 0, moved: [], lost: [] };
  for (const quote of quotes) {
    const anchor = reanchor(text, quote.text_snapshot, quote.start_offset);
    let fields: ReturnType<typeof anchorSelection> | null = null;
    if (anchor.status !== 'lost') {
      try {
        fields = anchorSelection(db, transcript.id, transcript.meeting_id, loaded, anchor.start, anchor.end);
      } catch {
        fields = null; // Found only inside a speaker's label: treated as lost.
      }
    }
    if (anchor.status === 'lost' || !fields) {
      // Kept, with its words, for the clerk to find again or delete: never silently dropped.
      updateQuote(db, quote.id, { anchorStatus: 'lost', speakerTurnId: null });
      result.lost.push({ quoteId: quote.id, text: quote.text_snapshot, page: quote.page_start });
      continue;
    }
    // The snapshot keeps the words the member chose; only where they are changes.
    updateQuote(db, quote.id, { ...fields, textSnapshot: quote.text_snapshot, anchorStatus: anchor.status });
    if (anchor.status === 'exact') result.exact += 1;
    else result.moved.push({ quoteId: quote.id, fromPage: quote.page_start, toPage: fields.pageStart });
  }
  return result;
}

export async function reimportTranscript(context: HandlerContext, request: { transcriptId: string; uploadId: string }, job: Job): Promise<ReanchorReport> {
  const { store, author, uploads, extraction, reimporting } = context;
  const { db } = store;
  const transcript = found(getTranscriptRow(db, request.transcriptId), 'transcript');
  const staged = uploads.get(request.uploadId);
  reimporting.add(transcript.id);
  try {
    job.progress('Reading the corrected version', 0, null);
    const prepared = await prepareTranscript(store, extraction, staged.fileName, new Uint8Array(fs.readFileSync(staged.path)), job);
    const { segmented, document } = prepared.extraction;
    job.progress('Re-anchoring quotes', 0, null);
    const report = store.transaction((): ReanchorReport => {
      const byName = matchSpeakers(db, transcript.meeting_id, segmented);
      deleteTranscriptContent(db, transcript.id);
      insertTranscriptContent(db, transcript.id, {
        pages: segmented.pages.map((page) => ({ ...page, text: segmented.text.slice(page.startOffset, page.endOffset) })),
        turns: segmented.turns.map((turn) => ({ ...turn, personId: byName.get(turn.name) ?? null })),
      });
      insertAttachment(db, { sha256: prepared.sha256, fileName: staged.fileName, mediaType: TRANSCRIPT_MEDIA_TYPES[document.format], data: prepared.bytes });
      const now = nowIso();
      db.prepare(
        `UPDATE transcripts SET attachment_sha256 = ?, page_count = ?, status = 'corrected', format = ?, original_file_name = ?, replaced_at = ?, imported_at = ?, updated_at = ? WHERE id = ?`,
      ).run(prepared.sha256, segmented.pages.length, document.format, staged.fileName, now, now, now, transcript.id);

      const result = reanchorQuotes(db, transcript);
      const meeting = db.prepare('SELECT investigation_id FROM meetings WHERE id = ?').get(transcript.meeting_id) as { investigation_id: string };
      recordChange(db, {
        authorId: author.id,
        entity: 'transcript',
        entityId: transcript.id,
        action: 'update',
        summary: `Replaced “${transcript.title}” with a corrected version (${staged.fileName}): ${result.exact} quotes in place, ${result.moved.length} moved, ${result.lost.length} lost.`,
        investigationId: meeting.investigation_id,
      });
      return result;
    });
    uploads.remove(request.uploadId);
    return report;
  } finally {
    reimporting.delete(transcript.id);
  }
}
