/**
 * People's names as transcripts print them, and how to compare them.
 *
 *   normalisePersonName("Sir Mark Rowley QPM (Commissioner of Police of the Metropolis)")
 *     → { name: "Mark Rowley", roleText: "Commissioner of Police of the Metropolis" }
 *   nameKey("Zoë Garbett") === nameKey("Zoe Garbett")          // "zoe garbett"
 *   matchSpeaker("Ms Harman", [{ id, fullName: "Harriet Harman" }, …]) → id (surname unique)
 *
 * Pure functions: no Node, no DOM, no locale data, the same answer in every runtime.
 */

/** Titles printed before a name: dropped from the name ("Professor Ben Bradford" → "Ben Bradford"). */
const PREFIX_TITLES: ReadonlySet<string> = new Set([
  'dr', 'doctor', 'sir', 'dame', 'professor', 'prof', 'mr', 'ms', 'mrs', 'miss', 'mx',
  'lord', 'baroness', 'lady', 'viscount', 'earl', 'rt', 'hon', 'right', 'honourable', 'cllr', 'councillor', 'rev', 'revd',
]);

/**
 * Post-nominals and designations: dropped from the name wherever they stand after its first word,
 * matched on the exact capitalisation printed ("AM", "OBE", "PhD") so a name that happens to spell
 * one in another case is left alone.
 */
const POST_NOMINALS: ReadonlySet<string> = new Set([
  'AM', 'MP', 'MSP', 'MS', 'MLA', 'MEP', 'OBE', 'MBE', 'CBE', 'DBE', 'KBE', 'GBE', 'CB', 'CMG',
  'CVO', 'LVO', 'MVO', 'QPM', 'KPM', 'QFSM', 'KFSM', 'KC', 'QC', 'JP', 'DL', 'PC', 'FRS', 'PhD',
  'DPhil',
]);

/** Parenthesised designations that are not a role: "Jenny Jones (AM)". */
const DESIGNATION_ONLY: ReadonlySet<string> = new Set(['am', 'mp', 'msp', 'mep']);

/** Labels that are a chair's role alone ("Chair:" in House of Commons evidence). */
const CHAIR_ONLY = /^(?:the\s+)?((?:deputy\s+|vice[\s-]+)?chair(?:man|woman|person)?)$/i;

/**
 * Lowercase particles allowed inside a printed name ("Ursula von der Leyen"). "of" belongs to
 * peerages ("Baroness Casey of Blackstock") and is allowed only after a peer's title.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'dos', 'du', 'van', 'von', 'la', 'le',
  'bin', 'binti', 'al', 'el', 'ap', 'y',
]);

/** Titles after which "of <Place>" is part of the name. */
export const PEERAGE_TITLES: ReadonlySet<string> = new Set(['lord', 'baroness', 'lady', 'viscount', 'earl']);

/** One printed word of a name: capitalised, letters/marks with apostrophes, hyphens or full stops. */
const NAME_TOKEN = /^(?:[dDlLoO]['’])?\p{Lu}[\p{L}\p{M}'’.\-]*$/u;

/** True for a word that can stand in a printed name ("Comer-Schwartz", "O’Brien", "J.", "Zoë"). */
export function isNameToken(token: string): boolean {
  return NAME_TOKEN.test(token);
}

/** True for a title printed before a name ("Sir", "Prof.", "Dr", "Ms"). Case-insensitive. */
export function isPrefixTitle(token: string): boolean {
  return PREFIX_TITLES.has(stripTrailingDots(token).toLowerCase());
}

/** True for a post-nominal or designation ("AM", "OBE", "QPM", "MP"). Case-sensitive. */
export function isPostNominal(token: string): boolean {
  return POST_NOMINALS.has(stripTrailingDots(token).replace(/[,;]+$/, ''));
}

/** The chair's role when the label is nothing but a chair's role ("Chair", "The Chairman"), else null. */
export function chairOnlyRole(text: string): string | null {
  const match = CHAIR_ONLY.exec(collapseSpaces(text));
  return match ? match[1]! : null;
}

function stripTrailingDots(token: string): string {
  let end = token.length;
  while (end > 0 && token.charCodeAt(end - 1) === 46 /* . */) end--;
  return token.slice(0, end);
}

const EDGE_PUNCTUATION = new Set([' ', ',', ';', ':', '–', '—', '-']);

/** Strips separators left at either end once titles and brackets are gone ("Hall, " → "Hall"). */
function trimPunctuation(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (EDGE_PUNCTUATION.has(text[start]!) || text[start] === '.')) start++;
  while (end > start && EDGE_PUNCTUATION.has(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** Every run of whitespace (including no-break spaces and newlines) to one space, trimmed. */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits "Name AM (Role) [note]" into the text outside brackets and the parenthesised groups, in
 * order. Square-bracketed editorial notes are dropped. Unbalanced brackets are kept as text.
 */
function splitBracketGroups(text: string): { outside: string; groups: string[] } {
  const outside: string[] = [];
  const groups: string[] = [];
  let depth = 0;
  let open = 0;
  let close = 0;
  let start = 0;
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (depth === 0) {
      if (code === 40 /* ( */ || code === 91 /* [ */) {
        outside.push(text.slice(plainFrom, i));
        depth = 1;
        open = code;
        close = code === 40 ? 41 : 93;
        start = i;
      }
    } else if (code === open) {
      depth++;
    } else if (code === close && --depth === 0) {
      if (open === 40) groups.push(text.slice(start + 1, i));
      outside.push(' ');
      plainFrom = i + 1;
    }
  }
  // Unbalanced: the rest is kept as printed.
  outside.push(text.slice(depth > 0 ? start : plainFrom));
  return { outside: outside.join(''), groups };
}

/**
 * A speaker label as printed → the person's name (for matching people) and the role text.
 *
 * - Drops a House of Commons question number ("Q82 ") and page digits stuck to the front ("12").
 * - Drops titles before the name (Dr, Sir, Dame, Professor, Prof., Mr, Ms, Mrs, Miss, Mx, Lord,
 *   Baroness, Rt Hon, …) and post-nominals after the first word (AM, OBE, MBE, CBE, QPM, KC, QC, MP, …).
 * - Parenthesised text becomes the role: "(Chairman)" → "Chairman", "(Director, Global City
 *   Policing, University College London)" kept whole; "(AM)" is a designation, not a role.
 *   Several groups are joined with ", ". [Square-bracketed] editorial notes are dropped.
 * - A peer's territorial designation is dropped: "Baroness Casey of Blackstock" → "Casey".
 * - A label that is only a chair's role ("Chair", "The Chairman") → name and role both "Chair"/"Chairman".
 * - NFC, spaces collapsed; accents, hyphens and apostrophes kept.
 */
export function normalisePersonName(label: string): { name: string; roleText: string | null } {
  let text = collapseSpaces(label.normalize('NFC'));
  text = text.replace(/^\d{1,4}(?=\p{Lu})/u, '');
  text = text.replace(/^Q\s?\d{1,4}[A-Za-z]?\s+/, '');
  text = text.replace(/:\s*$/, '');

  const { outside, groups } = splitBracketGroups(text);
  const roles: string[] = [];
  for (const raw of groups) {
    const group = collapseSpaces(raw);
    if (group === '') continue;
    const parts = group.split(/\s*,\s*/);
    // "(AM)" or "(AM, Chair)": the designation is not a role.
    while (parts.length > 0 && DESIGNATION_ONLY.has(parts[0]!.toLowerCase())) parts.shift();
    if (parts.length > 0) roles.push(parts.join(', '));
  }
  let roleText: string | null = roles.length > 0 ? roles.join(', ') : null;

  const printed = collapseSpaces(outside).split(' ').filter((t) => t !== '');
  let tokens = printed.filter((t, i) => i === 0 || !isPostNominal(t));
  if (tokens.length === 0) tokens = printed; // "MP" alone: nothing else to call them
  // "The Rt Hon", "The Lord" — "The" only goes with a title after it.
  let i = 0;
  while (i < tokens.length - 1) {
    const token = tokens[i]!;
    if (isPrefixTitle(token) || (token.toLowerCase() === 'the' && isPrefixTitle(tokens[i + 1]!))) i++;
    else break;
  }
  const peer = tokens.slice(0, i).some((t) => PEERAGE_TITLES.has(stripTrailingDots(t).toLowerCase()));
  tokens = tokens.slice(i);
  // "Baroness Casey of Blackstock": the territorial part is not the surname.
  const of = peer ? tokens.indexOf('of') : -1;
  if (of > 0) tokens = tokens.slice(0, of);
  let name = trimPunctuation(tokens.join(' '));

  const chair = chairOnlyRole(name);
  if (chair !== null) {
    name = chair;
    roleText ??= chair;
  }
  return { name: name.normalize('NFC'), roleText };
}

/** Letters NFKD does not take apart. */
const FOLD: Readonly<Record<string, string>> = {
  'ß': 'ss', 'ø': 'o', 'Ø': 'o', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ł': 'l', 'Ł': 'l',
  'đ': 'd', 'Đ': 'd', 'ð': 'd', 'Ð': 'd', 'þ': 'th', 'Þ': 'th', 'ı': 'i',
};

/**
 * A comparison key for a name: accents removed (NFKD, combining marks stripped, a few letters
 * folded), lowercase, apostrophes removed ("O'Brien" = "OBrien"), other punctuation and hyphens
 * as spaces ("Comer-Schwartz" = "Comer Schwartz"), spaces collapsed.
 * "Zoë Garbett" → "zoe garbett".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßøØæÆœŒłŁđĐðÐþÞı]/g, (ch) => FOLD[ch] ?? ch)
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function keyOfPerson(nameOrLabel: string): string {
  return nameKey(normalisePersonName(nameOrLabel).name);
}

/** The shorter key's words are the last words of the longer key ("harman" / "harriet harman"). */
function isSurnameOf(shortKey: string, longKey: string): boolean {
  return shortKey.length > 0 && longKey.length > shortKey.length && longKey.endsWith(' ' + shortKey);
}

/**
 * Could these two names (or printed labels) be the same person? True when their keys are equal,
 * or when one is only the other's surname ("Ms Harman" / "Harriet Harman", "Mr Duncan Smith" /
 * "Sir Iain Duncan Smith"). Whether that surname is unique is for matchSpeaker to decide.
 */
export function namesMatch(a: string, b: string): boolean {
  const ka = keyOfPerson(a);
  const kb = keyOfPerson(b);
  if (ka === '' || kb === '') return false;
  return ka === kb || isSurnameOf(ka, kb) || isSurnameOf(kb, ka);
}

/**
 * Which of the candidates is this speaker? Both sides are normalised (titles, post-nominals and
 * roles dropped) and compared by nameKey:
 *   1. exactly one candidate with the same key → that one;
 *   2. otherwise exactly one candidate whose name ends with the speaker's name, or whose name the
 *      speaker's name ends with (surname-only labels) → that one;
 *   3. otherwise null (no match, or ambiguous: two people with that name or surname).
 */
export function matchSpeaker<Id>(name: string, candidates: readonly { id: Id; fullName: string }[]): Id | null {
  const key = keyOfPerson(name);
  if (key === '') return null;
  const keyed = candidates.map((c) => ({ id: c.id, key: keyOfPerson(c.fullName) }));
  const exact = keyed.filter((c) => c.key === key);
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) return null;
  const bySurname = keyed.filter((c) => isSurnameOf(key, c.key) || isSurnameOf(c.key, key));
  return bySurname.length === 1 ? bySurname[0]!.id : null;
}
