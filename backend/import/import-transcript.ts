/**
 * Importing a transcript into a meeting: read the staged file, extract and segment it off-thread,
 * match speakers to the meeting's people, then write everything in ONE transaction. A failure at
 * any step leaves the store exactly as it was.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import { meetingKindInProse } from '../../shared/domain/labels';
import { formatLongDate } from '../../shared/format/dates';
import { matchSpeaker } from '../../shared/format/person-names';
import type { TranscriptImportResult } from '../../shared/domain/transcripts';
import { recordChange } from '../../db/repositories/change-log';
import { getCommittee } from '../../db/repositories/committees';
import { getInvestigation } from '../../db/repositories/investigations';
import { getMeeting } from '../../db/repositories/meetings';
import { insertSource } from '../../db/repositories/sources';
import { findTranscriptByAttachment, insertAttachment, insertTranscript } from '../../db/repositories/transcripts';
import { listMembers } from '../../db/repositories/committees';
import type { HandlerContext } from '../api/context';
import type { Job } from '../jobs';
import type { Db, Store } from '../../db/store';
import { found } from '../handlers/guards';
import type { ExtractionResult, ExtractionService } from './run-extraction';
import { ImportError, type SegmentedTranscript } from './types';

/** The media type an original transcript file is stored under. */
export const TRANSCRIPT_MEDIA_TYPES = { pdf: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', txt: 'text/plain' } as const;

export interface ImportRequest {
  uploadId: string;
  meetingId: string;
  panelId?: string | null;
  title?: string;
}

/** "Police and Crime Committee Transcript Panel 1": how the report cites it. */
export function defaultTranscriptTitle(committeeName: string, body: string, panelTitle: string | null): string {
  const short = body && committeeName.startsWith(`${body} `) ? committeeName.slice(body.length + 1) : committeeName;
  return `${short} Transcript${panelTitle ? ` ${panelTitle}` : ''}`;
}

/**
 * Matches each speaker (by normalised name) to the meeting's guests first, then the committee's
 * members. Unmatched speakers map to null, for the clerk to link.
 */
export function matchSpeakers(db: Db, meetingId: string, segmented: SegmentedTranscript): Map<string, string | null> {
  const meeting = found(getMeeting(db, meetingId), 'meeting');
  const investigation = found(getInvestigation(db, meeting.investigationId), 'investigation');
  const candidates = [
    ...[...meeting.participants, ...meeting.panels.flatMap((p) => p.participants)].map((p) => ({ id: p.person.id, fullName: p.person.fullName })),
    ...listMembers(db, investigation.committeeId).map((m) => ({ id: m.person.id, fullName: m.person.fullName })),
  ];
  const byName = new Map<string, string | null>();
  for (const turn of segmented.turns) {
    if (!byName.has(turn.name)) byName.set(turn.name, matchSpeaker(turn.name, candidates));
  }
  return byName;
}

/** A transcript read and segmented, ready to be written. */
export interface PreparedTranscript {
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
  extraction: ExtractionResult;
}

/** Reads and segments a file off-thread. Touches nothing in the store. */
export async function prepareTranscript(
  store: Store,
  extraction: ExtractionService,
  fileName: string,
  bytes: Uint8Array,
  job: Job,
): Promise<PreparedTranscript> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const existing = findTranscriptByAttachment(store.db, sha256);
  if (existing) {
    const where = getMeeting(store.db, existing.meeting_id);
    throw new ApiError(
      'conflict',
      `This file has already been imported as “${existing.title}”${where ? ` for the ${meetingKindInProse(where.kind)} of ${formatLongDate(where.heldOn)}` : ''}.`,
    );
  }
  try {
    const result = await extraction.run(
      { bytes: bytes.slice(), fileName },
      { signal: job.signal, onProgress: (done, total) => job.progress('Reading pages', done, total) },
    );
    job.checkCancelled();
    return { fileName, bytes, sha256, extraction: result };
  } catch (error) {
    if (error instanceof ImportError) {
      throw new ApiError(error.reason === 'cancelled' ? 'cancelled' : 'invalid_input', error.message);
    }
    throw error;
  }
}

/**
 * Writes a prepared transcript into a meeting: the original file, its source, pages, turns
 * (matched to the meeting's people) and search segments. Must run inside a transaction.
 */
export function saveTranscript(
  db: Db,
  authorId: string,
  prepared: PreparedTranscript,
  target: { meetingId: string; panelId?: string | null; title?: string },
  ids: { transcriptId?: string; sourceId?: string } = {},
): TranscriptImportResult {
  const meeting = found(getMeeting(db, target.meetingId), 'meeting');
  const panel = target.panelId ? meeting.panels.find((p) => p.id === target.panelId) : null;
  if (target.panelId && !panel) throw new ApiError('invalid_input', 'That panel does not belong to this meeting.', { panelId: 'That panel does not belong to this meeting.' });
  const { segmented, document } = prepared.extraction;
  const warnings = [...document.warnings];
  if (segmented.turns.length === 0) {
    warnings.push('No speakers were found, so the transcript was imported as pages only. Search still works; speaker filters will not.');
  }

  const byName = matchSpeakers(db, meeting.id, segmented);
  const investigation = found(getInvestigation(db, meeting.investigationId), 'investigation');
  const committee = found(getCommittee(db, investigation.committeeId), 'committee');

  const title = target.title ?? defaultTranscriptTitle(committee.name, committee.body, panel?.title ?? null);
  insertAttachment(db, { sha256: prepared.sha256, fileName: prepared.fileName, mediaType: TRANSCRIPT_MEDIA_TYPES[document.format], data: prepared.bytes });
  const sourceId = insertSource(
    db,
    authorId,
    { investigationId: meeting.investigationId, kind: 'transcript', publisher: committee.body || null, title, url: null, publishedOn: meeting.heldOn, accessedOn: null, notes: null },
    ids.sourceId,
  );
  const transcriptId = insertTranscript(
    db,
    authorId,
    {
      meetingId: meeting.id,
      panelId: panel?.id ?? null,
      sourceId,
      title,
      attachmentSha256: prepared.sha256,
      format: document.format,
      originalFileName: prepared.fileName,
      pages: segmented.pages.map((page) => ({ ...page, text: segmented.text.slice(page.startOffset, page.endOffset) })),
      turns: segmented.turns.map((turn) => ({ ...turn, personId: byName.get(turn.name) ?? null })),
    },
    ids.transcriptId,
  );
  recordChange(db, {
    authorId,
    entity: 'transcript',
    entityId: transcriptId,
    action: 'create',
    summary: `Imported “${title}” (${segmented.pages.length} pages, ${segmented.turns.length} speaker turns) from ${prepared.fileName}.`,
    investigationId: meeting.investigationId,
  });

  const unmatched = new Map<string, { name: string; label: string; turnCount: number }>();
  for (const turn of segmented.turns) {
    if (byName.get(turn.name)) continue;
    const entry = unmatched.get(turn.name) ?? { name: turn.name, label: turn.label, turnCount: 0 };
    entry.turnCount += 1;
    unmatched.set(turn.name, entry);
  }
  return {
    transcriptId,
    title,
    pageCount: segmented.pages.length,
    turns: segmented.turns.map((turn) => ({ label: turn.label, personId: byName.get(turn.name) ?? null, page: turn.page })),
    unmatchedSpeakers: [...unmatched.values()],
    warnings,
  };
}

/** The `transcripts.import` action: a staged upload into a meeting, as one transaction. */
export async function importTranscript(context: HandlerContext, request: ImportRequest, job: Job): Promise<TranscriptImportResult> {
  const { store, author, uploads, extraction } = context;
  const staged = uploads.get(request.uploadId);
  // Check the target before the slow part, so a wrong meeting fails at once.
  const meeting = found(getMeeting(store.db, request.meetingId), 'meeting');
  if (request.panelId && !meeting.panels.some((p) => p.id === request.panelId)) {
    throw new ApiError('invalid_input', 'That panel does not belong to this meeting.', { panelId: 'That panel does not belong to this meeting.' });
  }
  job.progress('Reading the file', 0, null);
  const prepared = await prepareTranscript(store, extraction, staged.fileName, new Uint8Array(fs.readFileSync(staged.path)), job);
  job.progress('Saving and indexing', 0, null);
  const result = store.transaction(() => saveTranscript(store.db, author.id, prepared, request));
  uploads.remove(request.uploadId);
  return result;
}
