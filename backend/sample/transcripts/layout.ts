/**
 * What each page of a sample transcript prints, in order, independent of the file format. The
 * renderers (scripts/make-sample-transcripts.ts) and the tests both read pages through here, so
 * the files and the data cannot disagree about the words.
 */
import type { TranscriptBlock, TranscriptContent } from './types';

/** Marks every invented paragraph. */
export const SAMPLE_MARKER = '[Sample text]';

/** Printed on page 1, after the header block. */
export const SAMPLE_NOTICE: readonly string[] = [
  "SAMPLE TRANSCRIPT. Made for the Scrutiny Workbench sample investigation. Only the passages quoted in the committee's report are genuine; all other text is invented to fill the pages and is marked [Sample text].",
  'Paragraphs without the marker carry a passage the report quotes. The few words that join a quoted passage into a sentence, and any words standing where the report prints an ellipsis, are invented too. Square brackets inside a quoted passage are the report’s editorial insertions.',
];

export type PrintedBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'speech'; label: string | null; text: string; sample: boolean };

/** The speech as printed: sample blocks begin with the marker. */
export function speechText(block: TranscriptBlock): string {
  return block.sample ? `${SAMPLE_MARKER} ${block.text}` : block.text;
}

/** The blocks printed on page `number` (1-based), between the running header and the footer. */
export function printedBlocks(content: TranscriptContent, number: number): PrintedBlock[] {
  const page = content.pages[number - 1];
  if (!page) throw new Error(`${content.key}: no page ${number}`);
  const out: PrintedBlock[] = [];
  if (number === 1) {
    for (const text of content.headerLines) out.push({ kind: 'heading', text });
    for (const text of SAMPLE_NOTICE) out.push({ kind: 'notice', text });
  }
  for (const block of page) {
    out.push({
      kind: 'speech',
      label: block.continued ? null : block.speaker,
      text: speechText(block),
      sample: block.sample,
    });
  }
  return out;
}

/** One printed block as a line of plain text ("Label: speech"). */
export function blockLine(block: PrintedBlock): string {
  if (block.kind !== 'speech' || block.label === null) return block.text;
  return `${block.label}: ${block.text}`;
}

/** A page's text without running header and footer, one block a line: what an importer should keep. */
export function pageText(content: TranscriptContent, number: number): string {
  return printedBlocks(content, number).map((b) => `${blockLine(b)}\n`).join('');
}

/** The footer printed on page `number`. */
export function footerText(number: number): string {
  return String(number);
}
