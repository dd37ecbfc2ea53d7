/**
 * Highlighting without HTML.
 *
 * - Search snippets come from the backend with matched words wrapped in \u0002 … \u0003 (control
 *   characters that never occur in transcripts): `splitSnippet` turns them into plain pieces and
 *   matched pieces for <mark> elements.
 * - The reader highlights a search's terms in the transcript text itself: `termMatcher` reads the
 *   query the way the search box explains it ("phrases", prefix*, AND / OR / NOT) and finds the
 *   words, ignoring case and accents. Search itself stems words (crimes = crime), so a few
 *   endings are allowed too. It is a reading aid: the search's own ranking is the backend's.
 */

const MATCH_START = '\u0002';
const MATCH_END = '\u0003';

export interface Piece {
  text: string;
  match: boolean;
}

/** "I agree with the \u0002neighbourhood policing\u0003 point." → plain, matched, plain. */
export function splitSnippet(snippet: string): Piece[] {
  const pieces: Piece[] = [];
  let match = false;
  let text = '';
  for (const ch of snippet) {
    if (ch === MATCH_START || ch === MATCH_END) {
      if (text) pieces.push({ text, match });
      text = '';
      match = ch === MATCH_START;
    } else {
      text += ch;
    }
  }
  if (text) pieces.push({ text, match });
  return pieces;
}

/** Lowercase, accents off, one UTF-16 unit for one, so positions in the folded text are positions in the original. */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    const base = (ch.normalize('NFD')[0] ?? ch).toLowerCase();
    out += base.length === 1 ? base : ch;
  }
  return out;
}

interface Term {
  words: string[];
  prefix: boolean;
}

/** The words and phrases of a query; operators and brackets are not words to find. */
export function queryTerms(query: string): Term[] {
  const terms: Term[] = [];
  const pattern = /["“”]([^"“”]*)["“”]?(\*?)|([^\s()"“”]+)/g;
  // A term after NOT is one a passage found does not contain: nothing to highlight.
  let negated = false;
  for (const match of query.matchAll(pattern)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = wordsOf(phrase);
      if (words.length > 0 && !negated) terms.push({ words, prefix: match[2] === '*' });
      negated = false;
      continue;
    }
    const word = match[3] ?? '';
    if (word === 'AND' || word === 'OR' || word === 'NOT') {
      negated = word === 'NOT';
      continue;
    }
    const prefix = word.endsWith('*');
    const words = wordsOf(word.replace(/\*+$/, ''));
    if (words.length > 0 && !negated) terms.push({ words, prefix });
    negated = false;
  }
  return terms;
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word as search stems it: "police", "policing" and "polices" all find each other. */
function wordPattern(word: string, prefix: boolean): string {
  if (prefix) return `${escapeRegExp(word)}[\\p{L}\\p{N}]*`;
  if (word.length <= 3 || /\d/.test(word)) return `${escapeRegExp(word)}(?:s|es)?`;
  const stem = word.replace(/(?:ing|ed|es|s|e|y)$/, '');
  const base = stem.length >= 3 ? stem : word;
  return `${escapeRegExp(base)}\\p{L}{0,4}`;
}

/** A matcher over folded text for the query's terms, or null when there is nothing to find. */
export function termMatcher(query: string | undefined | null): RegExp | null {
  if (!query) return null;
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const alternatives = terms.map((term) =>
    term.words.map((word, index) => wordPattern(word, term.prefix && index === term.words.length - 1)).join('[^\\p{L}\\p{N}]+'),
  );
  // Longest first, so a phrase wins over one of its words.
  alternatives.sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Where the matcher finds the query's terms in a text: [start, end) ranges in the original text. */
export function findMatches(text: string, matcher: RegExp | null): [number, number][] {
  if (!matcher) return [];
  const folded = fold(text);
  const ranges: [number, number][] = [];
  matcher.lastIndex = 0;
  for (const match of folded.matchAll(matcher)) {
    if (match[0].length === 0) continue;
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
