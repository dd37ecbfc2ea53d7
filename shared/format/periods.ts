/**
 * Periods of time a figure is for, as people and datastores write them, turned into one canonical
 * form per kind (see `CanonicalPeriod` in shared/domain/metrics.ts), sorted, and printed in house
 * style. Pure: no locale data, so the output is the same in Node, Chromium and Electron.
 *
 *   kind            canonical      house style       also read
 *   financial_year  "2021/22"      "2021/22"         2021-22, 2021/2022, FY 2021-22, FY21/22
 *   quarter         "Q1 2025-26"   "Q1 2025-26"      2025-26 Q1, Q1 2025/26, Quarter 1 2025-26
 *   month           "2024-12"      "December 2024"   Dec 2024, Dec-24, 2024-12-01, 01/12/2024, 12/2024, 202412
 *   calendar_year   "2019"         "2019"            CY 2019
 *
 * Quarters are quarters of the financial year (Q1 is April to June), as MOPAC and the Met report
 * them. "Q1 2025" is refused rather than guessed, because it could mean either kind of quarter.
 * "2011-12" could be December 2011 or the financial year 2011/12: without an expected kind it is
 * read as the month (the ISO form datastores write), with `ambiguousWith` saying so, so that a CSV
 * column of financial years can be read as such.
 */
import type { PeriodKind } from '../domain/types';

export type PeriodParse =
  | { ok: true; kind: PeriodKind; period: string; ambiguousWith?: PeriodKind }
  | { ok: false; message: string };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Month names and the abbreviations datastores use ("Sept" included), lower case. */
const MONTH_LOOKUP = new Map<string, number>();
MONTH_NAMES.forEach((name, index) => {
  MONTH_LOOKUP.set(name.toLowerCase(), index + 1);
  MONTH_LOOKUP.set(name.slice(0, 3).toLowerCase(), index + 1);
});
MONTH_LOOKUP.set('sept', 9);

export const PERIOD_KIND_NOUNS: Record<PeriodKind, string> = {
  financial_year: 'a financial year',
  quarter: 'a quarter',
  month: 'a month',
  calendar_year: 'a calendar year',
};

const FORMS_HINT =
  'Write a financial year as 2021/22, a quarter as Q1 2025-26, a month as December 2024 or 2024-12, and a calendar year as 2019.';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function financialYear(start: number): string {
  return `${start}/${pad2((start + 1) % 100)}`;
}

function quarter(q: number, start: number): string {
  return `Q${q} ${start}-${pad2((start + 1) % 100)}`;
}

function month(year: number, m: number): string {
  return `${year}-${pad2(m)}`;
}

function yearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** The second year of "2021/22" or "2021/2022" must follow the first. */
function followingYear(start: number, end: string): boolean {
  return end.length === 4 ? Number(end) === start + 1 : Number(end) === (start + 1) % 100;
}

function fail(input: string, why?: string): PeriodParse {
  return { ok: false, message: `“${input}” is not a period the workbench recognises${why ? ` (${why})` : ''}. ${FORMS_HINT}` };
}

/** Dashes and spaces as people type them: en and em dashes become hyphens, runs of spaces one. */
function normalise(input: string): string {
  return input
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

function parseLoose(raw: string): PeriodParse {
  const text = normalise(raw);
  if (text === '') return { ok: false, message: 'The period is blank.' };
  let m: RegExpExecArray | null;

  // Quarters of the financial year: "Q1 2025-26", "2025-26 Q1", "Quarter 1 FY2025/26".
  m = /^(?:Q|Quarter ?)([1-4]) (?:FY ?)?(\d{4}) ?[/-] ?(\d{2}|\d{4})$/i.exec(text) ?? null;
  let q: number | null = null;
  let start: number | null = null;
  let end: string | null = null;
  if (m) [q, start, end] = [Number(m[1]), Number(m[2]), m[3]!];
  else {
    m = /^(?:FY ?)?(\d{4}) ?[/-] ?(\d{2}|\d{4}) (?:Q|Quarter ?)([1-4])$/i.exec(text);
    if (m) [q, start, end] = [Number(m[3]), Number(m[1]), m[2]!];
  }
  if (q !== null && start !== null && end !== null) {
    if (!yearInRange(start) || !followingYear(start, end)) return fail(raw, 'the second year of a financial year must follow the first');
    return { ok: true, kind: 'quarter', period: quarter(q, start) };
  }
  if (/^(?:Q|Quarter ?)[1-4] ?\d{4}$|^\d{4} ?(?:Q|Quarter ?)[1-4]$/i.test(text)) {
    return {
      ok: false,
      message: `“${raw}” could be a quarter of the calendar year or of the financial year. Write the financial year's quarter with both years, as Q1 2025-26 (April to June 2025).`,
    };
  }

  // Financial years: "FY21/22", "FY 21-22".
  m = /^FY ?(\d{2}) ?[/-] ?(\d{2})$/i.exec(text);
  if (m) {
    const first = 2000 + Number(m[1]);
    if (!followingYear(first, m[2]!)) return fail(raw, 'the second year of a financial year must follow the first');
    return { ok: true, kind: 'financial_year', period: financialYear(first) };
  }
  if (/^FY ?\d{2}(\d{2})?$/i.test(text)) {
    return { ok: false, message: `“${raw}” could end or begin in that year. Write the financial year with both years, as 2021/22.` };
  }

  // "2021/22", "2021-22", "2021/2022", "FY 2021-22"; and the month-or-year "2011-12".
  m = /^(FY ?)?(\d{4}) ?([/-]) ?(\d{2}|\d{4})$/i.exec(text);
  if (m) {
    const first = Number(m[2]);
    const second = m[4]!;
    const flagged = Boolean(m[1]) || second.length === 4;
    const monthNumber = Number(second);
    const couldBeMonth = !flagged && m[3] === '-' && second.length === 2 && monthNumber >= 1 && monthNumber <= 12 && !/ /.test(text);
    if (!yearInRange(first)) return fail(raw);
    if (followingYear(first, second)) {
      if (couldBeMonth) return { ok: true, kind: 'month', period: month(first, monthNumber), ambiguousWith: 'financial_year' };
      return { ok: true, kind: 'financial_year', period: financialYear(first) };
    }
    if (couldBeMonth) return { ok: true, kind: 'month', period: month(first, monthNumber) };
    return fail(raw, flagged || second.length === 2 ? 'the second year of a financial year must follow the first' : undefined);
  }

  // ISO dates: "2024-12-01" (monthly data is often dated by its first day).
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
  if (m) return monthFromDate(raw, Number(m[1]), Number(m[2]), Number(m[3]));
  // British dates: "01/12/2024".
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return monthFromDate(raw, Number(m[3]), Number(m[2]), Number(m[1]));

  // "12/2024"
  m = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (m) return monthOf(raw, Number(m[2]), Number(m[1]));
  // "202412", as the Met's wide monthly files head their columns.
  m = /^(\d{4})(\d{2})$/.exec(text);
  if (m) return monthOf(raw, Number(m[1]), Number(m[2]));

  // Calendar years: "2019", "CY 2019".
  m = /^(?:CY ?)?(\d{4})$/i.exec(text);
  if (m) {
    const year = Number(m[1]);
    if (!yearInRange(year)) return fail(raw);
    return { ok: true, kind: 'calendar_year', period: String(year) };
  }

  // "December 2024", "Dec 2024", "Dec-24", "Sept. 2024", "Dec '24".
  m = /^([A-Za-z]+)\.?(?: |-|, ?)(\d{4})$/.exec(text) ?? /^([A-Za-z]+)\.?(?:-| ?')(\d{2})$/.exec(text);
  if (m) {
    const monthNumber = MONTH_LOOKUP.get(m[1]!.toLowerCase());
    if (monthNumber === undefined) return fail(raw);
    const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return monthOf(raw, year, monthNumber);
  }

  return fail(raw);
}

function monthOf(raw: string, year: number, m: number): PeriodParse {
  if (!yearInRange(year) || m < 1 || m > 12) return fail(raw);
  return { ok: true, kind: 'month', period: month(year, m) };
}

function monthFromDate(raw: string, year: number, m: number, day: number): PeriodParse {
  if (!yearInRange(year) || m < 1 || m > 12) return fail(raw);
  const daysInMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return fail(raw, 'there is no such day');
  // A date other than the 1st is a day's figure; the workbench keeps months, quarters and years.
  if (day !== 1) {
    return {
      ok: false,
      message: `“${raw}” is a day, not a month. The workbench keeps figures for months, quarters and years: give the month (${MONTH_NAMES[m - 1]} ${year}, or ${month(year, m)}).`,
    };
  }
  return { ok: true, kind: 'month', period: month(year, m) };
}

/**
 * Reads a period as typed or downloaded. With `expected`, the text must be of that kind, and an
 * ambiguous text ("2011-12") is read as that kind.
 */
export function parsePeriod(input: string, expected?: PeriodKind | null): PeriodParse {
  const parsed = parseLoose(input);
  if (!parsed.ok || !expected) return parsed;
  if (parsed.kind === expected) return { ok: true, kind: parsed.kind, period: parsed.period };
  if (parsed.ambiguousWith === expected) {
    const start = Number(parsed.period.slice(0, 4));
    return { ok: true, kind: expected, period: financialYear(start) };
  }
  return { ok: false, message: `“${input.trim()}” is ${PERIOD_KIND_NOUNS[parsed.kind]} (${formatPeriod(parsed.period)}), but ${PERIOD_KIND_NOUNS[expected]} is expected here.` };
}

/** The kind of a canonical period, or null if the text is not canonical. */
export function periodKindOf(canonical: string): PeriodKind | null {
  if (/^\d{4}\/\d{2}$/.test(canonical)) return 'financial_year';
  if (/^Q[1-4] \d{4}-\d{2}$/.test(canonical)) return 'quarter';
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(canonical)) return 'month';
  if (/^\d{4}$/.test(canonical)) return 'calendar_year';
  return null;
}

/** The months a canonical period covers, counted from January of year 0 (inclusive both ends). */
export function periodRange(canonical: string): { startMonth: number; endMonth: number } {
  const year = Number(canonical.slice(canonical.startsWith('Q') ? 3 : 0).slice(0, 4));
  switch (periodKindOf(canonical)) {
    case 'financial_year':
      return { startMonth: year * 12 + 3, endMonth: year * 12 + 14 };
    case 'quarter': {
      const start = year * 12 + 3 + (Number(canonical[1]) - 1) * 3;
      return { startMonth: start, endMonth: start + 2 };
    }
    case 'month': {
      const start = year * 12 + Number(canonical.slice(5, 7)) - 1;
      return { startMonth: start, endMonth: start };
    }
    case 'calendar_year':
      return { startMonth: year * 12, endMonth: year * 12 + 11 };
    default:
      throw new RangeError(`Not a canonical period: ${canonical}`);
  }
}

const KIND_RANK: Record<PeriodKind, number> = { calendar_year: 0, financial_year: 1, quarter: 2, month: 3 };

/** Sorts by when a period starts; of periods starting together, the longer comes first. */
export function periodSortKey(canonical: string): number {
  return periodRange(canonical).startMonth * 4 + KIND_RANK[periodKindOf(canonical)!];
}

export function comparePeriods(a: string, b: string): number {
  return periodSortKey(a) - periodSortKey(b);
}

/** House style: "2021/22", "Q1 2025-26", "December 2024", "2019". */
export function formatPeriod(canonical: string): string {
  if (periodKindOf(canonical) === 'month') return `${MONTH_NAMES[Number(canonical.slice(5, 7)) - 1]} ${canonical.slice(0, 4)}`;
  return canonical;
}

/** For chart axes: "Dec 2024"; other kinds as `formatPeriod`. */
export function formatPeriodShort(canonical: string): string {
  if (periodKindOf(canonical) === 'month') return `${MONTH_NAMES[Number(canonical.slice(5, 7)) - 1]!.slice(0, 3)} ${canonical.slice(0, 4)}`;
  return canonical;
}
