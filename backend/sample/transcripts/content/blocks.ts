/** Shorthand for writing transcript pages as data. */
import type { TranscriptBlock } from '../types';

/** Invented speech: printed with the "[Sample text]" marker. */
export function s(speaker: string, text: string): TranscriptBlock {
  return { speaker, text, sample: true };
}

/** Speech carrying a passage the report quotes (printed without the marker). */
export function q(speaker: string, text: string): TranscriptBlock {
  return { speaker, text, sample: false };
}

/** The same turn as the block before (another paragraph, or the rest of a turn from the previous page). */
export function more(block: TranscriptBlock): TranscriptBlock {
  return { ...block, continued: true };
}
