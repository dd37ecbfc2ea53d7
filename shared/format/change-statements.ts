/**
 * Change statements in house style, generated from two observations of one indicator, right for
 * its unit. The statement is the phrase the analyst drops into a sentence; the subject ("Volume of
 * theft", "overall trust has") is theirs.
 *
 *   from_to         "increased from 834,567 in 2021/22 to 936,209 in 2023/24"
 *                   "reduced from 64 per cent in June 2022 to 61 per cent in December 2024"
 *                   "declined from 59 per cent to 46 per cent"              (withPeriods: false)
 *   difference      "decreased by 3 percentage points" (per cent: the difference in points)
 *                   "increased by 101,642" (counts), "fell by £3.2 million" (money)
 *   percent_change  "a decrease of 22.2 per cent" (noun, the default) / "rose by 4.1 per cent" (verb)
 *   comparison      "13 percentage points lower than the 84 per cent" (the second against the first)
 *   no change       "remained the same at 73 per cent"
 *
 * Vocabulary: "increased"/"decreased" by default. The report also writes "rose", "reduced", "fell"
 * and "declined"; `wording` picks them, and `tense: 'perfect'` gives "risen"/"fallen" for "has
 * fallen by 3 percentage points". Two values that print the same ("73 per cent") remained the same.
 */
import type { ChangeStyle, ChangeWording, DownVerb, PercentChangeForm, UpVerb } from '../domain/metrics';
import type { MetricUnit } from '../domain/types';
import { formatPercentagePoints, formatValue, percentChange, roundTo, type MoneyStyle } from './numbers';
import { formatPeriod } from './periods';

export interface ChangePoint {
  /** A canonical period ("2021/22", "2024-12"). */
  period: string;
  value: number;
}

export interface ChangeStatementOptions {
  unit: MetricUnit;
  from: ChangePoint;
  to: ChangePoint;
  style?: ChangeStyle;
  wording?: ChangeWording;
  /** Name the periods ("in 2021/22 … in 2023/24"). Default: yes for from_to, no otherwise. */
  withPeriods?: boolean;
  percentChangeForm?: PercentChangeForm;
  money?: MoneyStyle;
}

/** Thrown when no statement of that style exists for these figures (a percentage change from 0). */
export class ChangeStatementError extends Error {}

const PARTICIPLES: Record<UpVerb | DownVerb, string> = {
  increased: 'increased',
  rose: 'risen',
  decreased: 'decreased',
  reduced: 'reduced',
  fell: 'fallen',
  declined: 'declined',
};

function verb(direction: 'up' | 'down', wording: ChangeWording = {}): string {
  const word = direction === 'up' ? (wording.up ?? 'increased') : (wording.down ?? 'decreased');
  return wording.tense === 'perfect' ? PARTICIPLES[word] : word;
}

/** The difference between two values as prose writes it: points for per cent, the unit otherwise. */
function formatDifference(unit: MetricUnit, difference: number, money?: MoneyStyle): string {
  if (unit === 'percent') return formatPercentagePoints(difference);
  return formatValue(Math.abs(difference), unit, { money });
}

export function changeStatement(options: ChangeStatementOptions): string {
  const { unit, from, to, wording } = options;
  const style = options.style ?? 'from_to';
  const withPeriods = options.withPeriods ?? style === 'from_to';
  const show = (value: number) => formatValue(value, unit, { money: options.money });
  const fromText = show(from.value);
  const toText = show(to.value);
  const inFrom = withPeriods ? ` in ${formatPeriod(from.period)}` : '';
  const inTo = withPeriods ? ` in ${formatPeriod(to.period)}` : '';
  const span = withPeriods ? ` from ${formatPeriod(from.period)} to ${formatPeriod(to.period)}` : '';
  // Equal as printed: 73.02 and 73.04 per cent are both "73 per cent", so nothing changed in prose.
  const same = fromText === toText;
  const direction = to.value > from.value ? 'up' : 'down';
  const difference = roundTo(to.value - from.value, 2);

  switch (style) {
    case 'from_to':
      if (same) return `remained the same at ${fromText}${span}`;
      return `${verb(direction, wording)} from ${fromText}${inFrom} to ${toText}${inTo}`;
    case 'difference':
      if (same) return `remained the same at ${fromText}${span}`;
      return `${verb(direction, wording)} by ${formatDifference(unit, difference, options.money)}${span}`;
    case 'percent_change': {
      const change = percentChange(from.value, to.value);
      if (!change) throw new ChangeStatementError(`A change from ${fromText} cannot be given as a percentage.`);
      const form = options.percentChangeForm ?? 'noun';
      if (change.direction === 'same') return form === 'noun' ? `no change${span}` : `remained the same at ${fromText}${span}`;
      if (form === 'verb') return `${verb(change.direction, wording)} by ${change.magnitude} per cent${span}`;
      return `${change.direction === 'up' ? 'an increase' : 'a decrease'} of ${change.magnitude} per cent${span}`;
    }
    case 'comparison':
      if (same) return `the same as the ${fromText}${inFrom}`;
      return `${formatDifference(unit, difference, options.money)} ${direction === 'up' ? 'higher' : 'lower'} than the ${fromText}${inFrom}`;
  }
}

