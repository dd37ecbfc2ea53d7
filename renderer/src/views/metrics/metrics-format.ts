/** Words and numbers about indicators, as the Metrics pages print them (house style from shared/format). */
import type { Indicator, Observation } from '../../../../shared/domain/metrics';
import type { MetricUnit, PeriodKind } from '../../../../shared/domain/types';
import { formatNumber, formatValue } from '../../../../shared/format/numbers';
import { comparePeriods, formatPeriod } from '../../../../shared/format/periods';

export const UNIT_NAMES: Record<MetricUnit, string> = {
  count: 'Count',
  percent: 'Per cent',
  money: 'Money (£)',
  rate: 'Rate',
};

export const PERIOD_KIND_NAMES: Record<PeriodKind, string> = {
  financial_year: 'Financial year (2021/22)',
  quarter: 'Quarter of the financial year (Q1 2025-26)',
  month: 'Month (December 2024)',
  calendar_year: 'Calendar year (2019)',
};

/** What a figure without a group is called in tables, charts and menus. */
export const OVERALL = 'Overall';

export function groupLabel(groupName: string | null): string {
  return groupName ?? OVERALL;
}

/** A period in house style; an unexpected value is shown as it is rather than breaking the page. */
export function periodLabel(period: string): string {
  try {
    return formatPeriod(period);
  } catch {
    return period;
  }
}

/** "834,567", "59 per cent", "£25.9 million": the value as prose prints it. */
export function valueLabel(value: number, unit: MetricUnit): string {
  return formatValue(value, unit);
}

/** Exact figures for tables: money in full pounds ("£25,900,000"), so nothing is hidden by rounding. */
export function exactValueLabel(value: number, unit: MetricUnit): string {
  if (unit === 'money') return `${value < 0 ? '-' : ''}£${formatNumber(Math.abs(value), 2)}`;
  if (unit === 'percent') return `${formatNumber(value, 2)} per cent`;
  return formatNumber(value, 2);
}

/** "2021/22 to 2023/24", "2019" or "No figures yet". */
export function periodSpan(indicator: Pick<Indicator, 'firstPeriod' | 'lastPeriod'>): string {
  const { firstPeriod, lastPeriod } = indicator;
  if (!firstPeriod || !lastPeriod) return 'No figures yet';
  return firstPeriod === lastPeriod ? periodLabel(firstPeriod) : `${periodLabel(firstPeriod)} to ${periodLabel(lastPeriod)}`;
}

function safeCompare(a: string, b: string): number {
  try {
    return comparePeriods(a, b);
  } catch {
    return a.localeCompare(b);
  }
}

/** The distinct periods of some observations, in time order. */
export function periodsOf(observations: Observation[]): string[] {
  return [...new Set(observations.map((o) => o.period))].sort(safeCompare);
}

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

/** The groups of some observations: the overall figure (null) first, then groups A to Z. */
export function groupsOf(observations: Observation[]): (string | null)[] {
  const names = new Set<string>();
  let overall = false;
  for (const o of observations) {
    if (o.groupName === null) overall = true;
    else names.add(o.groupName);
  }
  return [...(overall ? [null] : []), ...[...names].sort(collator.compare)];
}

/**
 * A number as typed: "834,567", "12.5", "£25.9m" are not all numbers the contract takes, so the
 * separators and the pound sign go; "m", "per cent" and other words are refused (null).
 */
export function parseTypedNumber(text: string): number | null {
  const cleaned = text.trim().replace(/^£/, '').replace(/(?<=\d),(?=\d{3}\b)/g, '').replace(/\s*(%|per cent)$/i, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/** "total-notifiable-offences-over-time": a file name from a title. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || 'chart';
}
