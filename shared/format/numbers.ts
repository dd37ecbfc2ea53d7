/**
 * Numbers in house style: "834,567", "59 per cent", "3 percentage points", "£25.9 million" or
 * "£878m". Written out by hand rather than with Intl so the text is the same on every machine.
 */
import type { MetricUnit } from '../domain/types';

export type MoneyStyle = 'long' | 'short';

/** Rounds half away from zero, without the binary surprises of 1.005 → 1.00. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return value < 0 ? -rounded : rounded;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * "834,567", "12.5", "0.25": at most `maxDecimals` decimals, no trailing zeros, thousands
 * separated by commas.
 */
export function formatNumber(value: number, maxDecimals = 1): string {
  const rounded = roundTo(value, maxDecimals);
  const [whole, fraction] = Math.abs(rounded).toFixed(maxDecimals).split('.');
  const trimmed = fraction?.replace(/0+$/, '') ?? '';
  const sign = rounded < 0 ? '-' : '';
  return `${sign}${groupThousands(whole!)}${trimmed ? `.${trimmed}` : ''}`;
}

/** "59 per cent", "17.5 per cent". */
export function formatPercent(value: number): string {
  return `${formatNumber(value, 1)} per cent`;
}

/** "3 percentage points", "1 percentage point", "0.5 percentage points". */
export function formatPercentagePoints(difference: number): string {
  const text = formatNumber(Math.abs(difference), 1);
  return `${text} percentage ${text === '1' ? 'point' : 'points'}`;
}

/**
 * Money: "£25.9 million" (long, the default) or "£25.9m" (short); "£1.2 billion" / "£1.2bn";
 * below a million, "£12,345" (with pence only when there are any: "£12.50").
 */
export function formatMoney(value: number, style: MoneyStyle = 'long'): string {
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  // Compare rounded, so £999.96 million is written as £1 billion, not "£1,000 million".
  if (roundTo(amount / 1e6, 1) >= 1000) return `${sign}£${formatNumber(amount / 1e9, 1)}${style === 'long' ? ' billion' : 'bn'}`;
  if (amount >= 1e6) return `${sign}£${formatNumber(amount / 1e6, 1)}${style === 'long' ? ' million' : 'm'}`;
  const pounds = roundTo(amount, 2);
  const text = Number.isInteger(pounds) ? formatNumber(pounds, 0) : `${formatNumber(Math.trunc(pounds), 0)}.${pounds.toFixed(2).slice(-2)}`;
  return `${sign}£${text}`;
}

export interface ValueFormat {
  money?: MoneyStyle;
}

/** A value as prose writes it, right for its unit. Rates are plain numbers (the definition says "per 1,000"). */
export function formatValue(value: number, unit: MetricUnit, options: ValueFormat = {}): string {
  switch (unit) {
    case 'count':
      return formatNumber(value, 2);
    case 'percent':
      return formatPercent(value);
    case 'money':
      return formatMoney(value, options.money);
    case 'rate':
      return formatNumber(value, 2);
  }
}

/**
 * A percentage change, rounded to one decimal place, without a trailing ".0" ("decreased by 4 per
 * cent", as the report writes it; "a decrease of 22.2 per cent"). Null when the first value is 0,
 * since no percentage change from nothing exists.
 */
export function percentChange(from: number, to: number): { direction: 'up' | 'down' | 'same'; magnitude: string } | null {
  if (from === 0) return null;
  const change = roundTo(((to - from) / Math.abs(from)) * 100, 1);
  if (change === 0) return { direction: 'same', magnitude: '0' };
  return { direction: change > 0 ? 'up' : 'down', magnitude: formatNumber(Math.abs(change), 1) };
}

/** One figure as a share of another: 20,792 of 118,688 → "17.5 per cent". */
export function formatShare(part: number, whole: number): string {
  if (whole === 0) throw new RangeError('A share of nothing cannot be given.');
  return formatPercent(roundTo((part / whole) * 100, 1));
}
