/**
 * Change statements and numbers in house style. The expected phrases are the report's own words:
 * each case quotes the seed's sentence (checked to be in the seed) and the phrase generated from
 * the two figures must appear in it verbatim.
 */
import { describe, expect, it } from 'vitest';
import { ChangeStatementError, changeStatement, type ChangeStatementOptions } from '../../shared/format/change-statements';
import { formatMoney, formatNumber, formatPercent, formatPercentagePoints, formatShare, formatValue, percentChange, roundTo } from '../../shared/format/numbers';
import { SEED } from '../helpers/seed';

interface SeedCase {
  footnote: number;
  /** Copied from the seed. */
  sentence: string;
  statement: ChangeStatementOptions;
  phrase: string;
}

const count = (from: [string, number], to: [string, number]) => ({ unit: 'count' as const, from: { period: from[0], value: from[1] }, to: { period: to[0], value: to[1] } });
const percent = (from: [string, number], to: [string, number]) => ({ unit: 'percent' as const, from: { period: from[0], value: from[1] }, to: { period: to[0], value: to[1] } });

const CASES: SeedCase[] = [
  {
    footnote: 2,
    sentence: 'Volume of total notifiable offences increased from 834,567 in 2021/22 to 936,209 in 2023/24.',
    statement: count(['2021/22', 834567], ['2023/24', 936209]),
    phrase: 'increased from 834,567 in 2021/22 to 936,209 in 2023/24',
  },
  {
    footnote: 2,
    sentence: 'Volume of theft increased from 204,954 in 2021/22 to 291,000 in 2023/24.',
    statement: count(['2021/22', 204954], ['2023/24', 291000]),
    phrase: 'increased from 204,954 in 2021/22 to 291,000 in 2023/24',
  },
  {
    footnote: 2,
    sentence: 'Volume of gun crime increased from 1,323 in 2021/22 to 1,529 in 2023/24.',
    statement: count(['2021/22', 1323], ['2023/24', 1529]),
    phrase: 'increased from 1,323 in 2021/22 to 1,529 in 2023/24',
  },
  {
    footnote: 3,
    sentence: 'From March 2022 to December 2024, overall confidence has decreased by 3 percentage points and overall trust has remained the same at 73 per cent.',
    statement: { ...percent(['2022-03', 49], ['2024-12', 46]), style: 'difference' },
    phrase: 'decreased by 3 percentage points',
  },
  {
    footnote: 3,
    sentence: 'From March 2022 to December 2024, overall confidence has decreased by 3 percentage points and overall trust has remained the same at 73 per cent.',
    statement: { ...percent(['2022-03', 73], ['2024-12', 73]), style: 'difference' },
    phrase: 'remained the same at 73 per cent',
  },
  {
    footnote: 31,
    sentence: 'Overall victim satisfaction has reduced from 64 per cent in June 2022 to 61 per cent in December 2024.',
    statement: { ...percent(['2022-06', 64], ['2024-12', 61]), wording: { down: 'reduced' } },
    phrase: 'reduced from 64 per cent in June 2022 to 61 per cent in December 2024',
  },
  {
    footnote: 31,
    sentence: 'and victim satisfaction levels have fallen by 3 percentage points.',
    statement: { ...percent(['2022-06', 64], ['2024-12', 61]), style: 'difference', wording: { down: 'fell', tense: 'perfect' } },
    phrase: 'fallen by 3 percentage points',
  },
  {
    footnote: 59,
    sentence: 'From June 2019 to the most recently available data in December 2024, it has declined from 59 per cent to 46 per cent.',
    statement: { ...percent(['2019-06', 59], ['2024-12', 46]), withPeriods: false, wording: { down: 'declined' } },
    phrase: 'declined from 59 per cent to 46 per cent',
  },
  {
    footnote: 86,
    sentence: 'The volume of knife crime offences recorded by the Met increased by 6.9 per cent in 2024 compared to the previous year.',
    statement: { ...count(['2023', 14000], ['2024', 14966]), style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'increased by 6.9 per cent',
  },
  {
    footnote: 87,
    sentence: 'In the same period, the number of knife crimes resulting in injury rose by 4.1 per cent.',
    statement: { ...count(['2023', 4000], ['2024', 4164]), style: 'percent_change', percentChangeForm: 'verb', wording: { up: 'rose' } },
    phrase: 'rose by 4.1 per cent',
  },
  {
    footnote: 88,
    sentence: 'however, the discharge of a lethal weapon decreased by 12.6 per cent.',
    statement: { ...count(['2023', 174], ['2024', 152]), style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'decreased by 12.6 per cent',
  },
  {
    footnote: 89,
    sentence: 'Homicides reduced from 153 in 2019 to 109 in 2023, with 82 homicides recorded in the year to September 2024.',
    statement: { ...count(['2019', 153], ['2023', 109]), wording: { down: 'reduced' } },
    phrase: 'reduced from 153 in 2019 to 109 in 2023',
  },
  {
    footnote: 102,
    sentence: 'In 2024, the Met carried out 118,688 stop and searches, a decrease of 22.2 per cent on the previous year.',
    statement: { ...count(['2023', 152555], ['2024', 118688]), style: 'percent_change' },
    phrase: 'a decrease of 22.2 per cent',
  },
  {
    footnote: 115,
    sentence: 'In the 12 months to the end of January 2025, reported sexual offences in London have increased by 7.4 per cent and rape has increased by',
    statement: { ...count(['2024-01', 18000], ['2025-01', 19332]), style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'increased by 7.4 per cent',
  },
  {
    footnote: 116,
    sentence: 'During the same period, domestic abuse has decreased by 4 per cent.',
    statement: { ...count(['2024-01', 90000], ['2025-01', 86400]), style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'decreased by 4 per cent',
  },
];

describe('change statements: the report’s sentences', () => {
  it.each(CASES.map((c) => [c.footnote, c.phrase, c] as const))('footnote %i: “%s”', (_footnote, phrase, c) => {
    expect(SEED.replace(/\s+/g, ' ')).toContain(c.sentence);
    expect(c.sentence).toContain(phrase);
    expect(changeStatement(c.statement)).toBe(phrase);
  });

  it('footnote 60: computes the gap from the figures, where the report’s “13 percentage points” does not follow from its own 84 and 73', () => {
    const seed = 'but at 73 per cent it is still 13 percentage points lower than the 84 per cent recorded pre-pandemic in December 2019.';
    expect(SEED.replace(/\s+/g, ' ')).toContain(seed);
    expect(changeStatement({ ...percent(['2019-12', 84], ['2024-12', 73]), style: 'comparison' })).toBe('11 percentage points lower than the 84 per cent');
  });

  it('footnote 115: rape “has increased by 2.2 per cent”, a sentence the seed breaks across its footnotes', () => {
    expect(SEED).toContain('and rape has increased by\n');
    expect(SEED).toContain('\n2.2 per cent, compared to the previous 12 months.');
    expect(changeStatement({ ...count(['2024-01', 7000], ['2025-01', 7154]), style: 'percent_change', percentChangeForm: 'verb' })).toBe('increased by 2.2 per cent');
  });

  it('writes robbery’s financial years in house style, where the report once writes “2023-24”', () => {
    const seed = 'Volume of robbery increased from 24,452 in 2021/22 to 34,391 in 2023-24.';
    expect(SEED).toContain(seed);
    expect(changeStatement(count(['2021/22', 24452], ['2023/24', 34391]))).toBe('increased from 24,452 in 2021/22 to 34,391 in 2023/24');
  });
});

describe('change statements: every style and unit', () => {
  it('uses the default vocabulary, increased and decreased', () => {
    expect(changeStatement(count(['2022', 10], ['2023', 12]))).toBe('increased from 10 in 2022 to 12 in 2023');
    expect(changeStatement(count(['2022', 12], ['2023', 10]))).toBe('decreased from 12 in 2022 to 10 in 2023');
    expect(changeStatement({ ...count(['2022', 12], ['2023', 10]), wording: { down: 'fell' } })).toBe('fell from 12 in 2022 to 10 in 2023');
    expect(changeStatement({ ...count(['2022', 10], ['2023', 12]), wording: { up: 'rose', tense: 'perfect' } })).toBe('risen from 10 in 2022 to 12 in 2023');
  });

  it('gives differences in the unit: points for per cent, the number for counts, pounds for money', () => {
    expect(changeStatement({ ...percent(['2022-06', 64.2], ['2024-12', 61.1]), style: 'difference' })).toBe('decreased by 3.1 percentage points');
    expect(changeStatement({ ...percent(['2022-06', 60], ['2024-12', 61]), style: 'difference' })).toBe('increased by 1 percentage point');
    expect(changeStatement({ ...count(['2021/22', 834567], ['2023/24', 936209]), style: 'difference' })).toBe('increased by 101,642');
    expect(changeStatement({ ...count(['2021/22', 834567], ['2023/24', 936209]), style: 'difference', withPeriods: true })).toBe('increased by 101,642 from 2021/22 to 2023/24');
    const money = { unit: 'money' as const, from: { period: '2024/25', value: 57_900_000 }, to: { period: '2025/26', value: 25_900_000 } };
    expect(changeStatement({ ...money, style: 'difference' })).toBe('decreased by £32 million');
    expect(changeStatement({ ...money, money: 'short' })).toBe('decreased from £57.9m in 2024/25 to £25.9m in 2025/26');
  });

  it('says an unchanged figure remained the same, in every style', () => {
    const same = percent(['2022-03', 73], ['2024-12', 73.02]);
    expect(changeStatement(same)).toBe('remained the same at 73 per cent from March 2022 to December 2024');
    expect(changeStatement({ ...same, style: 'difference' })).toBe('remained the same at 73 per cent');
    expect(changeStatement({ ...same, style: 'percent_change' })).toBe('no change');
    expect(changeStatement({ ...same, style: 'comparison', withPeriods: true })).toBe('the same as the 73 per cent in March 2022');
  });

  it('writes percentage changes with one decimal, as a noun or a verb', () => {
    expect(changeStatement({ ...count(['2023', 14000], ['2024', 14966]), style: 'percent_change' })).toBe('an increase of 6.9 per cent');
    expect(changeStatement({ ...count(['2023', 3], ['2024', 4]), style: 'percent_change', percentChangeForm: 'verb' })).toBe('increased by 33.3 per cent');
    expect(changeStatement({ ...count(['2023', 100], ['2024', 101]), style: 'comparison', withPeriods: true })).toBe('1 higher than the 100 in 2023');
  });

  it('refuses a percentage change from nothing', () => {
    expect(() => changeStatement({ ...count(['2023', 0], ['2024', 4]), style: 'percent_change' })).toThrow(ChangeStatementError);
  });
});

describe('numbers in house style', () => {
  it('separates thousands and keeps only the decimals that matter', () => {
    expect(formatNumber(834567)).toBe('834,567');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(12.5)).toBe('12.5');
    expect(formatNumber(12.0)).toBe('12');
    expect(formatNumber(-1234)).toBe('-1,234');
    expect(formatNumber(999)).toBe('999');
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
  });

  it('writes per cent and percentage points in words', () => {
    expect(formatPercent(59)).toBe('59 per cent');
    expect(formatPercent(17.5)).toBe('17.5 per cent');
    expect(formatPercentagePoints(-3)).toBe('3 percentage points');
    expect(formatPercentagePoints(1)).toBe('1 percentage point');
    expect(formatValue(46, 'percent')).toBe('46 per cent');
    expect(formatValue(12.34, 'rate')).toBe('12.34');
  });

  it('writes money as the report does', () => {
    expect(formatMoney(25_900_000)).toBe('£25.9 million');
    expect(formatMoney(32_000_000)).toBe('£32 million');
    expect(formatMoney(83_200_000, 'short')).toBe('£83.2m');
    expect(formatMoney(878_000_000, 'short')).toBe('£878m');
    expect(formatMoney(999_960_000)).toBe('£1 billion');
    expect(formatMoney(3_400_000_000, 'short')).toBe('£3.4bn');
    expect(formatMoney(12_345)).toBe('£12,345');
    expect(formatMoney(12.5)).toBe('£12.50');
    expect(formatMoney(-5_000_000)).toBe('-£5 million');
  });

  it('gives shares and percentage changes', () => {
    // "Of these, 20,792, 17.5 per cent, resulted in an arrest." and footnote 103's 20,066 of 118,688.
    expect(formatShare(20792, 118688)).toBe('17.5 per cent');
    expect(formatShare(20066, 118688)).toBe('16.9 per cent');
    expect(percentChange(152555, 118688)).toEqual({ direction: 'down', magnitude: '22.2' });
    expect(percentChange(90000, 86400)).toEqual({ direction: 'down', magnitude: '4' });
    expect(percentChange(0, 5)).toBeNull();
  });
});
