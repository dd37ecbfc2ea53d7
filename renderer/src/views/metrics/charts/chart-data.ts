/**
 * What the charts draw, worked out from an indicator's observations, and the same figures in
 * words and tables for those who cannot see the chart.
 */
import type { IndicatorDetail } from '../../../../../shared/domain/metrics';
import { formatPeriodShort, periodRange } from '../../../../../shared/format/periods';
import { groupLabel, groupsOf, periodLabel, periodsOf, valueLabel } from '../metrics-format';

export interface Series {
  /** "Overall" or the group's name. */
  label: string;
  /** One value per period of the chart (null where there is no figure). */
  values: (number | null)[];
}

export interface TrendData {
  periods: string[];
  /** Axis labels: "Dec 2024" for months, the period otherwise. */
  axisLabels: string[];
  /**
   * Where each period sits on the time axis, in months: periods are spaced by the time between
   * them, so June 2022, September 2024 and December 2024 are not drawn as evenly spaced.
   */
  positions: number[];
  series: Series[];
}

export function trendData(indicator: IndicatorDetail): TrendData {
  const periods = periodsOf(indicator.observations);
  const groups = groupsOf(indicator.observations);
  const index = new Map(periods.map((p, i) => [p, i]));
  const series = groups.map((group) => {
    const values: (number | null)[] = periods.map(() => null);
    for (const o of indicator.observations) if (o.groupName === group) values[index.get(o.period)!] = o.value;
    return { label: groupLabel(group), values };
  });
  return { periods, axisLabels: periods.map(shortPeriod), positions: periods.map(position), series };
}

export interface GroupsData {
  period: string;
  labels: string[];
  values: number[];
}

/** The periods with figures for at least one group, in time order: what "groups compared" can show. */
export function comparablePeriods(indicator: IndicatorDetail): string[] {
  return periodsOf(indicator.observations.filter((o) => o.groupName !== null));
}

export function groupsData(indicator: IndicatorDetail, period: string): GroupsData {
  const rows = indicator.observations.filter((o) => o.period === period);
  const order = groupsOf(rows);
  const labels: string[] = [];
  const values: number[] = [];
  for (const group of order) {
    const o = rows.find((r) => r.groupName === group);
    if (!o) continue;
    labels.push(groupLabel(group));
    values.push(o.value);
  }
  return { period, labels, values };
}

/** A period's place in time: the month it starts, counted from year 0 (its index if it cannot be read). */
function position(period: string, index: number): number {
  try {
    return periodRange(period).startMonth;
  } catch {
    return index;
  }
}

function shortPeriod(period: string): string {
  try {
    return formatPeriodShort(period);
  } catch {
    return period;
  }
}

/**
 * One sentence for a screen reader: what the chart shows and its figures. Each series gives its
 * first and last figures (the whole table follows the chart for anyone who wants every value).
 */
export function trendSummary(indicator: IndicatorDetail, data: TrendData): string {
  const span = data.periods.length > 1 ? `${periodLabel(data.periods[0]!)} to ${periodLabel(data.periods.at(-1)!)}` : periodLabel(data.periods[0] ?? '');
  const parts = data.series.map((s) => {
    const points = s.values.map((v, i) => ({ v, p: data.periods[i]! })).filter((x): x is { v: number; p: string } => x.v !== null);
    if (points.length === 0) return `${s.label}: no figures`;
    const first = points[0]!;
    const last = points.at(-1)!;
    if (points.length === 1) return `${s.label}: ${valueLabel(first.v, indicator.unit)} in ${periodLabel(first.p)}`;
    return `${s.label}: ${valueLabel(first.v, indicator.unit)} in ${periodLabel(first.p)} to ${valueLabel(last.v, indicator.unit)} in ${periodLabel(last.p)}`;
  });
  return `Line chart of ${indicator.name}, ${span}. ${parts.join('; ')}.`;
}

export function groupsSummary(indicator: IndicatorDetail, data: GroupsData): string {
  const parts = data.labels.map((label, i) => `${label}: ${valueLabel(data.values[i]!, indicator.unit)}`);
  return `Bar chart of ${indicator.name} by group, ${periodLabel(data.period)}. ${parts.join('; ')}.`;
}

/**
 * The periods to label on the time axis: the first and the last always, and between them only
 * those far enough from their neighbours for the labels not to run into each other (the points
 * themselves are all drawn, and all listed in the chart's table).
 */
export function spacedTicks(positions: number[], slots = 6): number[] {
  if (positions.length <= 2) return positions;
  const first = positions[0]!;
  const last = positions.at(-1)!;
  const gap = (last - first) / slots;
  const kept = [first];
  for (const x of positions.slice(1, -1)) if (x - kept.at(-1)! >= gap && last - x >= gap) kept.push(x);
  kept.push(last);
  return kept;
}
