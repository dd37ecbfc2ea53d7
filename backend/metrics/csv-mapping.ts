/**
 * Which column is which: a guess from the header names and the first rows, for the analyst to
 * confirm or change; and the checks that a mapping names columns the file has.
 *
 * - Wide files (the Met's borough and ward downloads: MajorText, MinorText, BoroughName, 202201,
 *   202202…): two or more neighbouring headers that are periods of one kind.
 * - Otherwise the period column is one whose name says so (period, year, month, date, quarter,
 *   FY) and whose cells read as periods; failing that, the first column whose cells do.
 * - The value column: a numeric column named value, count, number, total, rate, %, per cent…;
 *   failing that, the last numeric column.
 * - The group column: one named group, category, ethnicity, gender, age, borough, ward…
 */
import { ApiError } from '../../shared/api/errors';
import type { CsvMapping } from '../../shared/domain/metrics';
import type { PeriodKind } from '../../shared/domain/types';
import { parsePeriod } from '../../shared/format/periods';
import { parseNumberCell } from './number-cells';

const PERIOD_NAME = /period|year|month|date|quarter|\bfy\b|time/i;
const VALUE_NAME = /value|count|number|total|rate|%|per ?cent|percentage|amount|figure|offences|crimes|score|proportion|share/i;
const GROUP_NAMES = [/\b(group|category|cohort)\b/i, /ethnic|gender|\bsex\b|\bage\b|disab|religio|sexual orientation|demograph/i, /borough|ward|area name|\barea\b|region/i];
const NOT_A_GROUP = /offen[cs]e|crime|measure|code|type/i;

function share(values: string[], test: (value: string) => boolean): number {
  const present = values.filter((v) => v.trim() !== '');
  return present.length === 0 ? 0 : present.filter(test).length / present.length;
}

const isPeriod = (value: string) => parsePeriod(value).ok;

/** The kind a column of periods holds, when its cells are ambiguous ("2011-12") or say it in the header. */
export function inferPeriodKind(header: string, values: string[]): PeriodKind | null {
  if (/financial|\bfy/i.test(header)) return 'financial_year';
  const kinds = new Set<PeriodKind>();
  let ambiguous = false;
  for (const value of values) {
    const parsed = parsePeriod(value);
    if (!parsed.ok) continue;
    if (parsed.ambiguousWith) ambiguous = true;
    else kinds.add(parsed.kind);
  }
  if (ambiguous && kinds.has('financial_year') && !kinds.has('month')) return 'financial_year';
  if (kinds.size === 1) return [...kinds][0]!;
  return null;
}

/** The longest run of neighbouring headers that are periods of one kind (two at least). */
function periodHeaderRun(columns: string[]): { first: number; last: number; kind: PeriodKind } | null {
  let best: { first: number; last: number; kind: PeriodKind } | null = null;
  let current: { first: number; last: number; kind: PeriodKind } | null = null;
  for (let index = 0; index < columns.length; index++) {
    const parsed = parsePeriod(columns[index]!);
    if (parsed.ok && current && current.kind === parsed.kind) current.last = index;
    else current = parsed.ok ? { first: index, last: index, kind: parsed.kind } : null;
    if (current && current.last > current.first && (!best || current.last - current.first > best.last - best.first)) best = { ...current };
  }
  return best;
}

function pickGroup(columns: string[], exclude: Set<number>, sample: string[][], isNumber: (value: string) => boolean): string | null {
  for (const pattern of GROUP_NAMES) {
    const index = columns.findIndex((name, i) => !exclude.has(i) && pattern.test(name) && !NOT_A_GROUP.test(name) && share(sample.map((r) => r[i] ?? ''), isNumber) < 0.5);
    if (index !== -1) return columns[index]!;
  }
  return null;
}

/** @param decimalComma the file is separated by semicolons, so "61,5" is a number. */
export function suggestMapping(columns: string[], sample: string[][], decimalComma = false): CsvMapping | null {
  const isNumber = (value: string) => parseNumberCell(value, null, decimalComma).ok;
  const column = (i: number) => sample.map((row) => row[i] ?? '');
  const wide = periodHeaderRun(columns);
  if (wide) {
    const exclude = new Set(columns.map((_c, i) => i).filter((i) => i >= wide.first && i <= wide.last));
    // In a wide file the label before the periods that names places or groups is the group.
    let group = pickGroup(columns, exclude, sample, isNumber);
    if (!group) {
      const labels = columns.map((name, i) => ({ name, i })).filter(({ i }) => i < wide.first && share(column(i), isNumber) < 0.5);
      group = labels[labels.length - 1]?.name ?? null;
    }
    return { period: columns[wide.first]!, value: columns[wide.last]!, group, periodKind: wide.kind, layout: 'wide', filters: [] };
  }

  // A column named for what it holds wins even when some of its cells are bad: the preview then
  // reports those cells, which helps the analyst more than no mapping at all.
  const best = <T extends { i: number; score: number }>(candidates: T[]) => [...candidates].sort((a, b) => b.score - a.score || a.i - b.i)[0];
  const periodScores = columns.map((name, i) => ({ name, i, score: share(column(i), isPeriod) }));
  const period = best(periodScores.filter((c) => PERIOD_NAME.test(c.name))) ?? periodScores.find((c) => c.score >= 0.8);
  if (!period) return null;
  const valueScores = columns.map((name, i) => ({ name, i, score: share(column(i), isNumber) })).filter((c) => c.i !== period.i);
  const numeric = valueScores.filter((c) => c.score >= 0.8);
  const value = best(valueScores.filter((c) => VALUE_NAME.test(c.name) && (c.score > 0 || sample.length === 0 || numeric.length === 0))) ?? numeric[numeric.length - 1];
  if (!value) return null;
  const group = pickGroup(columns, new Set([period.i, value.i]), sample, isNumber);
  return { period: period.name, value: value.name, group, periodKind: inferPeriodKind(period.name, column(period.i)), layout: 'long', filters: [] };
}

/**
 * The index of a column named in a mapping: its exact header, or failing that the one header equal
 * to it ignoring case. Unknown names are refused, naming the columns the file does have.
 */
export function columnIndex(columns: string[], name: string, field: string): number {
  const exact = columns.indexOf(name);
  if (exact !== -1) return exact;
  const loose = columns.map((c, i) => ({ c, i })).filter(({ c }) => c.toLowerCase() === name.trim().toLowerCase());
  if (loose.length === 1) return loose[0]!.i;
  const message = `There is no column called “${name}” in this file. Its columns are: ${columns.map((c) => `“${c}”`).join(', ')}.`;
  throw new ApiError('invalid_input', message, { [field]: message });
}

/** Headers as the mapping names them: trimmed; blank ones "Column 3"; repeats "Count (2)". */
export function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.replace(/\s+/g, ' ').trim() || `Column ${i + 1}`;
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
