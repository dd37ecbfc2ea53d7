/**
 * Anchoring a quote in a transcript: from a selection's offsets to the quote's pages, speaker,
 * role and organisation, and the exact words (the snapshot that re-anchoring later looks for).
 */
import { ApiError } from '../../shared/api/errors';
import type { QuoteFields } from '../../db/repositories/quotes';
import { listPages, listTurns, type PageRow, type TurnRow } from '../../db/repositories/transcripts';
import { getMeeting } from '../../db/repositories/meetings';
import type { Db } from '../../db/store';

export interface TranscriptText {
  pages: PageRow[];
  turns: TurnRow[];
  length: number;
}

export function loadTranscriptText(db: Db, transcriptId: string): TranscriptText {
  const pages = listPages(db, transcriptId);
  return { pages, turns: listTurns(db, transcriptId), length: pages.at(-1)?.endOffset ?? 0 };
}

/** The transcript's words between two offsets (they may cross pages). */
export function sliceText(text: TranscriptText, start: number, end: number): string {
  let out = '';
  for (const page of text.pages) {
    if (page.endOffset <= start) continue;
    if (page.startOffset >= end) break;
    out += page.text.slice(Math.max(0, start - page.startOffset), Math.min(page.text.length, end - page.startOffset));
  }
  return out;
}

function pageAt(text: TranscriptText, offset: number): number {
  const page = text.pages.find((p) => offset >= p.startOffset && offset < p.endOffset) ?? text.pages.at(-1);
  return page?.pageNumber ?? 1;
}

function invalid(message: string): ApiError {
  return new ApiError('invalid_input', message, { selection: message });
}

/**
 * Validates a selection and works out everything a quote records. Leading and trailing spaces
 * are trimmed off the selection; a selection of nothing but a speaker's label, or of nothing at
 * all, is refused.
 */
export function anchorSelection(
  db: Db,
  transcriptId: string,
  meetingId: string,
  text: TranscriptText,
  startOffset: number,
  endOffset: number,
): Omit<QuoteFields, 'note'> {
  if (endOffset <= startOffset) throw invalid('Select the words to quote: the selection is empty.');
  if (startOffset < 0 || endOffset > text.length) throw invalid('That selection is outside the transcript. Reload it and select again.');
  let start = startOffset;
  let end = endOffset;
  const raw = sliceText(text, start, end);
  const leading = raw.length - raw.trimStart().length;
  const trailing = raw.length - raw.trimEnd().length;
  start += leading;
  end -= trailing;
  if (end <= start) throw invalid('Select some words to quote: the selection holds only spaces.');

  const turn = text.turns.find((t) => start >= t.startOffset && start < Math.max(t.endOffset, t.startOffset + 1)) ?? null;
  // A selection lying wholly inside a speaker's label is not evidence.
  const labelOnly = text.turns.some((t) => start >= t.startOffset && end <= t.speechOffset);
  if (labelOnly) throw invalid('Select some of the words spoken, not only the speaker’s name.');

  let roleText = turn?.roleText ?? null;
  let organisation: string | null = null;
  if (turn?.personId) {
    const meeting = getMeeting(db, meetingId);
    const participant = meeting && [...meeting.participants, ...meeting.panels.flatMap((p) => p.participants)].find((p) => p.person.id === turn.personId);
    if (participant) {
      roleText = participant.roleText || roleText;
      organisation = participant.organisation;
    }
  }
  return {
    transcriptId,
    startOffset: start,
    endOffset: end,
    pageStart: pageAt(text, start),
    pageEnd: pageAt(text, end - 1),
    speakerTurnId: turn?.id ?? null,
    personId: turn?.personId ?? null,
    roleText,
    organisation,
    textSnapshot: sliceText(text, start, end),
  };
}
