/**
 * The sample investigation's seven transcripts: which meeting (and panel) each belongs to, the
 * file it is rendered to, and how the report cites it. Content lives in ./content; the files in
 * ./files are made by `npx tsx scripts/make-sample-transcripts.ts`.
 *
 * Only the passages the report quotes (./quoted-passages.ts) are genuine; everything else is
 * invented and printed with the "[Sample text]" marker.
 */
import type { SampleTranscript, TranscriptContent } from './types';
import { PANEL_1 } from './content/pcc-2025-01-15-panel-1';
import { PANEL_2 } from './content/pcc-2025-01-15-panel-2';
import { QA_2024_12_18 } from './content/pcc-2024-12-18';
import { QA_2025_01_29 } from './content/pcc-2025-01-29';
import { QA_2025_02_12 } from './content/pcc-2025-02-12';
import { PCC_2024_07_17 } from './content/pcc-2024-07-17';
import { PCC_2024_09_11 } from './content/pcc-2024-09-11';

function transcript(t: Omit<SampleTranscript, 'pageCount' | 'key'> & { content: TranscriptContent }): SampleTranscript {
  return { key: t.content.key, pageCount: t.content.pages.length, ...t };
}

/** In the order the report first cites them. */
export const SAMPLE_TRANSCRIPTS: readonly SampleTranscript[] = [
  transcript({
    meetingKey: 'formal-2025-01-15',
    panelKey: 'formal-2025-01-15-panel-1',
    heldOn: '2025-01-15',
    fileName: 'police-and-crime-committee-2025-01-15-panel-1.pdf',
    format: 'pdf',
    title: 'Police and Crime Committee Transcript Panel 1',
    citedAs: 'Police and Crime Committee Transcript Panel 1',
    citedDate: '15 January 2025',
    content: PANEL_1,
  }),
  transcript({
    meetingKey: 'formal-2025-01-15',
    panelKey: 'formal-2025-01-15-panel-2',
    heldOn: '2025-01-15',
    fileName: 'police-and-crime-committee-2025-01-15-panel-2.pdf',
    format: 'pdf',
    title: 'Police and Crime Committee Transcript Panel 2',
    citedAs: 'Police and Crime Committee Transcript Panel 2',
    citedDate: '15 January 2025',
    content: PANEL_2,
  }),
  transcript({
    meetingKey: 'qa-2025-01-29',
    heldOn: '2025-01-29',
    fileName: 'police-and-crime-committee-2025-01-29.docx',
    format: 'docx',
    title: 'Police and Crime Committee Transcript',
    citedAs: 'Police and Crime Committee Transcript',
    citedDate: '29 January 2025',
    content: QA_2025_01_29,
  }),
  transcript({
    meetingKey: 'qa-2024-12-18',
    heldOn: '2024-12-18',
    fileName: 'police-and-crime-committee-2024-12-18.pdf',
    format: 'pdf',
    title: 'Police and Crime Committee Transcript',
    // Footnote 47 prints a lower-case "transcript".
    citedAs: 'Police and Crime Committee transcript',
    citedDate: '18 December 2024',
    content: QA_2024_12_18,
  }),
  transcript({
    meetingKey: 'qa-2025-02-12',
    heldOn: '2025-02-12',
    fileName: 'police-and-crime-committee-2025-02-12.docx',
    format: 'docx',
    title: 'Police and Crime Committee Transcript',
    citedAs: 'Police and Crime Committee Transcript',
    citedDate: '12 February 2025',
    content: QA_2025_02_12,
  }),
  transcript({
    meetingKey: 'pcc-2024-07-17',
    heldOn: '2024-07-17',
    fileName: 'police-and-crime-committee-2024-07-17.txt',
    format: 'txt',
    title: 'Police and Crime Committee Transcript',
    citedAs: 'Police and Crime Committee Transcript',
    citedDate: '17 July 2024',
    content: PCC_2024_07_17,
  }),
  transcript({
    meetingKey: 'pcc-2024-09-11',
    heldOn: '2024-09-11',
    fileName: 'police-and-crime-committee-2024-09-11.txt',
    format: 'txt',
    title: 'Police and Crime Committee Transcript',
    citedAs: 'Police and Crime Committee Transcript',
    citedDate: '11 September 2024',
    content: PCC_2024_09_11,
  }),
];

export function sampleTranscript(key: string): SampleTranscript {
  const t = SAMPLE_TRANSCRIPTS.find((x) => x.key === key);
  if (!t) throw new Error(`no sample transcript ${key}`);
  return t;
}

export { QUOTED_PASSAGES, PARAPHRASED_POINTS } from './quoted-passages';
export type { SampleTranscript, QuotedPassage, ParaphrasedPoint, TranscriptContent } from './types';
