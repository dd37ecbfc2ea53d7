/**
 * A figure as a spreadsheet or datastore writes it → a number, right for the indicator's unit.
 *
 * Read: "1234", "1,234" and "1 234" (thousands separators, also non-breaking and thin spaces),
 * "-5", "−5" and "(5)" (negative), "12.5%" (for a per-cent indicator: stored as 12.5), "£25.9m",
 * "£1.2bn" and "£12,345" (money), "1.2E+05" (Excel), and in semicolon-separated files the decimal
 * comma ("12,5", "1.234,5"). Refused with a reason: blank cells, words and the markers datastores
 * use for missing or suppressed figures ("..", "-", "*", "n/a"), a percentage for an indicator that
 * is not in per cent, pounds for one that is not money.
 */
import type { MetricUnit } from '../../shared/domain/types';

export type NumberCell = { ok: true; value: number; percent: boolean } | { ok: false; message: string };

const UNIT_NOUNS: Record<MetricUnit, string> = { count: 'a count', percent: 'in per cent', money: 'money', rate: 'a rate' };

const MISSING_MARKERS = new Set(['..', '...', '-', '–', '—', '*', 'x', ':', 'n/a', 'na', 'n.a.', 'null', 'none', 'nan', '#n/a', '#value!', '#div/0!', '#ref!', '#num!', '[c]', '[x]', '[z]', 'c', 'z']);

const SPACES = /[\s\u00a0\u202f\u2009]/g;

function toNumber(digits: string, decimalComma: boolean): number | null {
  let s = digits;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^\d{1,3}([\s\u00a0\u202f\u2009]\d{3})+([.,]\d+)?$/.test(s)) s = s.replace(SPACES, '');
  else if (decimalComma && /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  if (decimalComma && /^\d*,\d+$/.test(s)) s = s.replace(',', '.');
  if (/^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
    const n = Number(s);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/**
 * @param unit the indicator's unit, or null when it is not chosen yet (a preview before the
 *   analyst picks the indicator): then any of the forms above is read.
 * @param decimalComma true for semicolon-separated files, where "12,5" means twelve and a half.
 */
export function parseNumberCell(raw: string, unit: MetricUnit | null, decimalComma = false): NumberCell {
  // Most cells of a large file are plain numbers: read those without the checks below.
  if (/^\d{1,15}(\.\d+)?$/.test(raw)) return { ok: true, value: Number(raw), percent: false };
  let s = raw.trim();
  if (s === '') return { ok: false, message: 'There is no figure in this cell.' };
  if (MISSING_MARKERS.has(s.toLowerCase())) {
    return { ok: false, message: `“${s}” is not a number: datastores write it for a figure that is missing or withheld. Remove the row, or give the figure.` };
  }
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (/^[-−]/.test(s)) {
    negative = !negative;
    s = s.slice(1).trim();
  }
  let percent = false;
  if (/%$/.test(s)) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let money = false;
  let multiplier = 1;
  if (s.startsWith('£')) {
    money = true;
    s = s.slice(1).trim();
    if (/^[-−]/.test(s)) {
      negative = !negative;
      s = s.slice(1).trim();
    }
    const suffix = /^(.*?)\s*(bn|billion|m|million|k)$/i.exec(s);
    if (suffix) {
      s = suffix[1]!;
      const word = suffix[2]!.toLowerCase();
      multiplier = word.startsWith('b') ? 1e9 : word.startsWith('m') ? 1e6 : 1e3;
    }
  }
  const magnitude = toNumber(s, decimalComma);
  if (magnitude === null) {
    const hint = /^\d+,\d+$/.test(s) && !decimalComma ? ' Use a full stop for decimals (12.5), or put a number with thousands in quotes ("1,234").' : '';
    return { ok: false, message: `“${raw.trim()}” is not a number.${hint}` };
  }
  if (percent && unit !== null && unit !== 'percent') {
    return { ok: false, message: `“${raw.trim()}” is a percentage, but this indicator is ${UNIT_NOUNS[unit]}.` };
  }
  if (money && unit !== null && unit !== 'money') {
    return { ok: false, message: `“${raw.trim()}” is an amount of money, but this indicator is ${UNIT_NOUNS[unit]}.` };
  }
  // Rounded to what a double holds exactly, so "£25.9m" is 25,900,000 and not 25,899,999.999999996.
  const value = multiplier === 1 ? magnitude : Number((magnitude * multiplier).toPrecision(15));
  return { ok: true, value: negative ? -value : value, percent };
}
