/**
 * Reading one line of a transcript: is it the start of a speaker turn, a header label, or speech?
 *
 * Every test here is bounded: a label is looked for only in the first MAX_LABEL_CHARS characters
 * of a line (a long role in brackets may wrap onto at most MAX_LABEL_LINES lines), and the
 * regexes are anchored with no nested quantifiers, so a line costs O(MAX_LABEL_CHARS) at worst
 * however long it is.
 */
import {
  NAME_PARTICLES,
  PEERAGE_TITLES,
  chairOnlyRole,
  isNameToken,
  isPostNominal,
  isPrefixTitle,
  nameKey,
  normalisePersonName,
} from '../../../shared/format/person-names';

/** Longest label looked for, role in brackets included. */
export const MAX_LABEL_CHARS = 250;
/** A role in brackets may wrap over this many lines. */
export const MAX_LABEL_LINES = 3;
/** Words allowed in a label's name part (titles and post-nominals included), brackets excluded. */
export const MAX_NAME_WORDS = 10;
/** Words allowed inside a label's brackets. */
export const MAX_ROLE_WORDS = 30;

/**
 * How sure the label is a speaker:
 * - strong: a question number, a title (Sir, Ms, Professor…), a post-nominal (AM, QPM…) or a
 *   role in brackets — accepted as it stands;
 * - weak: two or more capitalised words and nothing else ("Matt Twist") — accepted only if the
 *   document confirms it is a person (see segment.ts);
 * - chair: the chair's role alone ("Chair") — accepted only in question-numbered evidence or when
 *   it recurs.
 */
export type LabelStrength = 'strong' | 'weak' | 'chair';

export interface SpeakerLabel {
  kind: 'speaker';
  /** Start of the line the label is on. */
  lineStart: number;
  /** Where the label starts (after indentation and stray page digits). */
  labelStart: number;
  /** The colon's offset. */
  colonOffset: number;
  /** Start of the line after the one holding the colon: where scanning resumes. */
  nextLineStart: number;
  /** As printed, without the colon; a label wrapped over lines has each line break as one space. */
  label: string;
  questionNumber: string | null;
  strength: LabelStrength;
  name: string;
  roleText: string | null;
  /** nameKey(name). */
  key: string;
}

export interface HeaderLabel {
  kind: 'header';
  lineStart: number;
  colonOffset: number;
  nextLineStart: number;
  label: string;
  /** A header that opens a block of front matter ("Witnesses:"): it ends the turn before it. */
  boundary: boolean;
}

export type LineLabel = SpeakerLabel | HeaderLabel;

/** Header labels, compared lowercased with spaces collapsed. Boundary headers end a running turn. */
const BOUNDARY_HEADERS: ReadonlySet<string> = new Set([
  'present', 'members present', 'also present', 'members', 'apologies', 'apologies for absence',
  'witnesses', 'witness', 'witnesses present', 'oral evidence', 'in attendance', 'attendees',
  'guests', 'officers present', 'staff present', 'agenda',
]);
const OTHER_HEADERS: ReadonlySet<string> = new Set([
  'note', 'notes', 'nb', 'n.b.', 'important', 'notice', 'q&a', 'q & a', 'questions',
  'written evidence', 'minutes', 'date', 'time', 'venue', 'location', 'subject', 'title',
  'contact', 'website', 'email', 'e-mail', 'tel', 'telephone', 'phone', 'source', 'sources',
  'summary', 'recommendation', 'recommendations', 'resolved', 'action', 'actions', 'key',
  'transcript', 'meeting', 'committee', 'update',
]);
/** "Agenda Item 5", "Item 3", "Transcript of Agenda Item 5", "Panel 1", "Questions 82–120". */
const BOUNDARY_HEADER_PATTERN =
  /^(?:(?:transcript of |verbatim transcript of )?(?:agenda )?item [0-9]{1,3}[a-z]?|panel [0-9]{1,2}|panel (?:one|two|three|four)|questions? [0-9]{1,4}(?: ?[-–—] ?[0-9]{1,4})?)$/;
/** "Recommendation 3", "Part 2", "Annex A", "Q82" alone, "10.00am", "2pm". */
const OTHER_HEADER_PATTERN =
  /^(?:(?:recommendation|part|session|section|appendix|annex|chapter|paragraph|table|figure|chart|finding|page) (?:[0-9]{1,4}[a-z]?|[a-z]|[ivx]{1,6})|q ?[0-9]{1,4}|[0-9]{1,2}(?:[.:][0-9]{2})? ?(?:am|pm|a\.m\.|p\.m\.)|[0-9]{1,2}\.[0-9]{2}|(?:https?|ftp|mailto))$/;

function classifyHeader(label: string): { boundary: boolean } | null {
  const lower = label.toLowerCase();
  if (BOUNDARY_HEADERS.has(lower) || BOUNDARY_HEADER_PATTERN.test(lower)) return { boundary: true };
  if (OTHER_HEADERS.has(lower) || OTHER_HEADER_PATTERN.test(lower)) return { boundary: false };
  return null;
}

const UPPER = /^\p{Lu}$/u;
const SPACE_RUN = /\s+/g;

function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const cp = text.codePointAt(i);
  return cp !== undefined && UPPER.test(String.fromCodePoint(cp));
}

function isDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 48 && code <= 57;
}

/** Space or tab (not a line break). */
function isBlankAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code === 32 || code === 9 || code === 0xa0;
}

/** "Examination of Witnesses" / "Examination of witness" alone on a line: front matter, no colon. */
const EXAMINATION_LINE = /^\s*examination of witness(?:es)?\s*$/i;

/** True when the line [start, end) is an "Examination of Witnesses" heading. */
export function isExaminationHeading(text: string, start: number, end: number): boolean {
  return end - start <= 40 && EXAMINATION_LINE.test(text.slice(start, end));
}

/** Splits trailing bracket groups off a label: "Susan Hall AM (Chairman)" → "Susan Hall AM", ["Chairman"]. */
function peelBrackets(label: string): { namePart: string; roles: string[]; ok: boolean } {
  let end = label.length;
  const roles: string[] = [];
  for (;;) {
    while (end > 0 && isBlankAt(label, end - 1)) end--;
    const close = label[end - 1];
    if (close !== ')' && close !== ']') break;
    const open = close === ')' ? '(' : '[';
    let depth = 0;
    let i = end - 1;
    for (; i >= 0; i--) {
      const ch = label[i];
      if (ch === close) depth++;
      else if (ch === open && --depth === 0) break;
    }
    if (i < 0) return { namePart: '', roles, ok: false };
    if (open === '(') roles.unshift(label.slice(i + 1, end - 1));
    end = i;
  }
  return { namePart: label.slice(0, end).trim(), roles, ok: true };
}

/** What a label's words say, whatever line it is on: cached per label within one document. */
type LabelReading =
  | { kind: 'header'; boundary: boolean }
  | { kind: 'speaker'; questionNumber: string | null; strength: LabelStrength; name: string; roleText: string | null; key: string }
  | null;

/** Remembers label readings across the lines of one document: labels recur hundreds of times. */
export class LabelCache {
  private readonly readings = new Map<string, LabelReading>();
  constructor(private readonly capacity = 20_000) {}

  read(label: string): LabelReading {
    const known = this.readings.get(label);
    if (known !== undefined) return known;
    const reading = readLabel(label);
    if (this.readings.size < this.capacity) this.readings.set(label, reading);
    return reading;
  }
}

/**
 * Looks for a label at the start of the line beginning at lineStart. Returns null for speech,
 * blank lines, editorial [insertions] and anything else that is not a label.
 */
export function readLineLabel(text: string, lineStart: number, cache?: LabelCache): LineLabel | null {
  const length = text.length;
  let p = lineStart;
  while (p < length && isBlankAt(text, p)) p++;
  if (p >= length || text.charCodeAt(p) === 10) return null;

  // Page digits stuck to the front by extraction: "12Jenny Jones (AM):".
  let labelStart = p;
  if (isDigitAt(text, p)) {
    let q = p;
    while (q < length && q - p < 5 && isDigitAt(text, q)) q++;
    if (q - p <= 4 && isUpperAt(text, q)) labelStart = q;
  } else if (!isUpperAt(text, p)) {
    return null; // lowercase, punctuation, "[", quotes: speech or an editorial insertion
  }

  // The first colon outside brackets, within the label budget; a bracket may wrap onto new lines.
  const limit = Math.min(length, labelStart + MAX_LABEL_CHARS);
  let depth = 0;
  let lines = 1;
  let colon = -1;
  let multiline = false;
  let wordStart = labelStart;
  for (let i = labelStart; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 9) {
      wordStart = i + 1;
    } else if (code === 58 /* : */) {
      if (depth === 0) {
        colon = i;
        break;
      }
    } else if (code === 40 /* ( */ || code === 91 /* [ */) {
      depth++;
    } else if (code === 41 /* ) */ || code === 93 /* ] */) {
      if (--depth < 0) return null;
    } else if (code === 10) {
      if (depth === 0 || ++lines > MAX_LABEL_LINES) return null;
      multiline = true;
      wordStart = i + 1;
    } else if (code === 46 /* . */ && depth === 0 && i - wordStart > 4 && i + 1 < limit && isBlankAt(text, i + 1)) {
      // A full stop after a long word, then a space, outside brackets: a sentence has ended
      // ("…said Rowley. Then:"). Initials ("J. Smith") and titles ("Prof. Belur") are short.
      return null;
    }
  }
  if (colon < 0) return null;

  let nextLineStart = text.indexOf('\n', colon);
  nextLineStart = nextLineStart < 0 ? length : nextLineStart + 1;

  let raw = text.slice(labelStart, colon);
  if (multiline) raw = raw.replace(SPACE_RUN, ' ');
  const label = raw.trimEnd();
  if (label === '') return null;

  const reading = cache ? cache.read(label) : readLabel(label);
  if (reading === null) return null;
  if (reading.kind === 'header') return { kind: 'header', lineStart, colonOffset: colon, nextLineStart, label, boundary: reading.boundary };
  // Spelt out, not spread: object spread here was most of the cost of a label-dense document.
  return {
    kind: 'speaker',
    lineStart,
    labelStart,
    colonOffset: colon,
    nextLineStart,
    label,
    questionNumber: reading.questionNumber,
    strength: reading.strength,
    name: reading.name,
    roleText: reading.roleText,
    key: reading.key,
  };
}

/** A label's words (without the colon) → header, speaker or neither. */
function readLabel(label: string): LabelReading {
  const header = classifyHeader(label.replace(SPACE_RUN, ' '));
  if (header) return { kind: 'header', boundary: header.boundary };
  return readSpeaker(label);
}

const QUESTION_NUMBER = /^Q ?([0-9]{1,4}[a-z]?)\s+/;

function readSpeaker(label: string): LabelReading {
  let rest = label;
  let questionNumber: string | null = null;
  const q = QUESTION_NUMBER.exec(rest);
  if (q) {
    questionNumber = `Q${q[1]!}`;
    rest = rest.slice(q[0].length);
  }

  const { namePart, roles, ok } = peelBrackets(rest);
  if (!ok || namePart === '') return null;
  const roleWords = roles.join(' ').trim();
  if (roleWords !== '' && roleWords.split(SPACE_RUN).length > MAX_ROLE_WORDS) return null;

  const words = namePart.split(SPACE_RUN);
  if (words.length > MAX_NAME_WORDS) return null;

  const first = words[0]!;
  const peer = PEERAGE_TITLES.has(first.replace(/\.$/, '').toLowerCase());
  let titles = 0;
  let postNominals = 0;
  let nameWords = 0;
  let leading = true;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const inner = i > 0 && i < words.length - 1;
    if (inner && (NAME_PARTICLES.has(lower) || (peer && lower === 'of'))) continue;
    if (!isNameToken(word)) return null;
    if (leading && (isPrefixTitle(word) || (lower === 'the' && i + 1 < words.length && isPrefixTitle(words[i + 1]!)))) {
      titles++;
      continue;
    }
    leading = false;
    if (i > 0 && isPostNominal(word)) postNominals++;
    else nameWords++;
  }

  let strength: LabelStrength;
  if (chairOnlyRole(namePart) !== null) {
    strength = questionNumber !== null || roles.length > 0 ? 'strong' : 'chair';
  } else {
    if (nameWords === 0) return null;
    if (first.toLowerCase() === 'the' && titles === 0) return null; // "The Committee:"
    if (questionNumber !== null || titles > 0 || postNominals > 0) strength = 'strong';
    else if (nameWords < 2) return null; // "Yes:", "Firstly:", "Harman (MP):"
    else strength = roleWords !== '' ? 'strong' : 'weak';
  }

  const { name, roleText } = normalisePersonName(rest);
  return {
    kind: 'speaker',
    questionNumber,
    strength,
    name,
    roleText,
    key: nameKey(name),
  };
}
