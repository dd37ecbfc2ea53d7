/** Words and numbers about transcripts, as the Transcripts pages print them. */
import type { Committee } from '../../../shared/domain/types';
import type { TranscriptFormat } from '../../../shared/domain/transcripts';
import { count } from './plural';

export const TRANSCRIPT_FORMAT_LABELS: Record<TranscriptFormat, string> = {
  pdf: 'PDF',
  docx: 'Word',
  txt: 'Text',
};

/** What the file chooser offers, and what the drop zone accepts. */
export const IMPORT_ACCEPT = '.pdf,.docx,.doc,.txt,.md';

/**
 * The title the backend gives a transcript when none is typed, as the report cites it:
 * "Police and Crime Committee Transcript Panel 1" (the committee's name without the body's).
 * Kept in step with backend/import/import-transcript.ts by the browser tests.
 */
export function defaultTranscriptTitle(committee: Pick<Committee, 'name' | 'body'>, panelTitle: string | null): string {
  const { name, body } = committee;
  const short = body && name.startsWith(`${body} `) ? name.slice(body.length + 1) : name;
  return `${short} Transcript${panelTitle ? ` ${panelTitle}` : ''}`;
}

/** "2 speakers to link", "1 speaker to link". */
export function speakersToLink(n: number): string {
  return `${count(n, 'speaker')} to link`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return count(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
