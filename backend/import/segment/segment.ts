/**
 * ExtractedDocument (pages of text) → SegmentedTranscript (one text, page offsets, speaker turns).
 *
 * 1. Join the pages: line breaks (CRLF, CR, form feed, U+2028/9) made "\n", NFC, trailing blank
 *    space dropped, and each page's text ended with exactly one "\n". Page i runs
 *    [startOffset, endOffset) and the pages tile the text, so every offset is on exactly one page.
 * 2. Scan line by line for labels (labels.ts): speakers, and header labels set aside.
 * 3. Confirm the doubtful labels against the whole document:
 *    - a bare name ("Matt Twist:") is a speaker if the same name appears on a sure label, recurs
 *      as a label, or is listed in the front matter (the text before the first label, or after a
 *      "Witnesses:" / "Members present:" header, up to the next label);
 *    - the chair's role alone ("Chair:") is a speaker in question-numbered evidence, or if it recurs.
 *    Doubtful labels not confirmed are set aside in ignoredLabels.
 * 4. A turn runs from its label to the start of the next turn's line, or to a front-matter header
 *    ("Witnesses:", "Agenda Item 6:", "Examination of Witnesses") that opens a new block, or to
 *    the end of the text; trailing blank space is trimmed off. Page boundaries and page numbers
 *    left in the text do not end a turn. Text before the first turn belongs to no turn.
 */
import { nameKey } from '../../../shared/format/person-names';
import type { ExtractedDocument, SegmentedTranscript, SpeakerTurn } from '../types';
import { LabelCache, isExaminationHeading, readLineLabel, type HeaderLabel, type SpeakerLabel } from './labels';

/** How much front matter is read to confirm bare names: plenty for member and witness lists. */
const MAX_FRONT_MATTER_CHARS = 20_000;
/** How much text after a "Witnesses:" header is read as a list of names. */
const MAX_LIST_CHARS = 2_000;
/** Longest name (in words) looked up in the front matter. */
const MAX_MENTION_WORDS = 8;

/** Line breaks of every kind → "\n"; NFC; no trailing blank space; then exactly one "\n". */
function normalisePageText(text: string): string {
  return text.replace(/\r\n?|[\f\v\u2028\u2029]/g, '\n').normalize('NFC').trimEnd() + '\n';
}

/** The characters JavaScript's \s and trimEnd() treat as blank space. */
function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** The end of [start, end) with trailing blank space dropped, never before `floor`. */
function trimEndOffset(text: string, floor: number, end: number): number {
  let e = end;
  while (e > floor && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Front-matter words, in contiguous runs of up to MAX_MENTION_WORDS, as nameKey strings. */
function mentionIndex(keys: readonly string[]): Set<string> {
  const phrases = new Set<string>();
  for (const key of keys) {
    const words = key.split(' ').filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
      let phrase = words[i]!;
      for (let n = 2; n <= MAX_MENTION_WORDS && i + n - 1 < words.length; n++) {
        phrase += ' ' + words[i + n - 1]!;
        phrases.add(phrase);
      }
    }
  }
  return phrases;
}

type Found = SpeakerLabel | HeaderLabel | { kind: 'examination'; lineStart: number };

export function segmentTranscript(doc: ExtractedDocument): SegmentedTranscript {
  // 1. One text, page offsets.
  const parts: string[] = [];
  const pages: SegmentedTranscript['pages'] = [];
  let offset = 0;
  for (const page of doc.pages) {
    const pageText = normalisePageText(page.text);
    parts.push(pageText);
    pages.push({ number: page.number, startOffset: offset, endOffset: offset + pageText.length });
    offset += pageText.length;
  }
  const text = parts.join('');

  // 2. Labels, line by line.
  const found: Found[] = [];
  const cache = new LabelCache();
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const label = readLineLabel(text, lineStart, cache);
    if (label) {
      found.push(label);
      lineStart = label.nextLineStart;
      continue;
    }
    if (isExaminationHeading(text, lineStart, lineEnd)) found.push({ kind: 'examination', lineStart });
    lineStart = lineEnd + 1;
  }

  // 3. Confirm doubtful labels.
  const sureKeys = new Set<string>();
  const labelCounts = new Map<string, number>();
  let chairLabels = 0;
  let questionNumbered = false;
  let firstLabel = -1;
  for (const item of found) {
    if (item.kind !== 'speaker') continue;
    if (firstLabel < 0) firstLabel = item.lineStart;
    if (item.strength === 'strong') {
      sureKeys.add(item.key);
      if (item.questionNumber !== null) questionNumbered = true;
    } else if (item.strength === 'chair') {
      chairLabels++;
    }
    labelCounts.set(item.key, (labelCounts.get(item.key) ?? 0) + 1);
  }

  let mentions: Set<string> | null = null;
  const frontMatter = (): Set<string> => {
    if (mentions) return mentions;
    // Before the first label of any kind, so that no label can vouch for itself.
    const end = firstLabel < 0 ? text.length : firstLabel;
    const chunks = [nameKey(text.slice(0, Math.min(end, MAX_FRONT_MATTER_CHARS)))];
    for (let i = 0; i < found.length; i++) {
      const item = found[i]!;
      if (item.kind !== 'header' || !item.boundary) continue;
      const next = found[i + 1];
      const stop = Math.min(next ? next.lineStart : text.length, item.colonOffset + 1 + MAX_LIST_CHARS);
      if (stop > item.colonOffset) chunks.push(nameKey(text.slice(item.colonOffset + 1, stop)));
    }
    mentions = mentionIndex(chunks);
    return mentions;
  };

  const isConfirmed = (item: SpeakerLabel): boolean => {
    switch (item.strength) {
      case 'strong':
        return true;
      case 'chair':
        return questionNumbered || chairLabels >= 2;
      case 'weak':
        return sureKeys.has(item.key) || (labelCounts.get(item.key) ?? 0) >= 2 || frontMatter().has(item.key);
    }
  };

  // 4. Turns.
  const ignored = new Set<string>();
  const accepted: SpeakerLabel[] = [];
  /** Where each accepted turn must stop at the latest: the next boundary or turn line. */
  const stops: number[] = [];
  for (const item of found) {
    if (item.kind === 'speaker') {
      if (isConfirmed(item)) {
        if (accepted.length > stops.length) stops.push(item.lineStart);
        accepted.push(item);
      } else {
        ignored.add(item.label.replace(/\s+/g, ' '));
      }
    } else {
      if (item.kind === 'header') ignored.add(item.label.replace(/\s+/g, ' '));
      const boundary = item.kind === 'examination' || item.boundary;
      if (boundary && accepted.length > stops.length) stops.push(item.lineStart);
    }
  }
  if (accepted.length > stops.length) stops.push(text.length);

  const turns: SpeakerTurn[] = [];
  let pageIndex = 0;
  for (let i = 0; i < accepted.length; i++) {
    const item = accepted[i]!;
    const floor = item.colonOffset + 1;
    const endOffset = trimEndOffset(text, floor, stops[i]!);
    let speechOffset = floor;
    while (speechOffset < endOffset && isSpaceCode(text.charCodeAt(speechOffset))) speechOffset++;
    while (pageIndex < pages.length - 1 && pages[pageIndex]!.endOffset <= item.labelStart) pageIndex++;
    turns.push({
      label: item.label,
      name: item.name,
      roleText: item.roleText,
      questionNumber: item.questionNumber,
      page: pages[pageIndex]?.number ?? 1,
      startOffset: item.labelStart,
      endOffset,
      speechOffset,
    });
  }

  return { text, pages, turns, ignoredLabels: [...ignored] };
}
