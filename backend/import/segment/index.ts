/** Segmentation: pages of text → one text with page offsets and speaker turns. */
export { segmentTranscript } from './segment';
export { readLineLabel, MAX_LABEL_CHARS, type LineLabel, type SpeakerLabel, type HeaderLabel, type LabelStrength } from './labels';
