/** Periods: what people and datastores write, read into one canonical form, sorted, printed in house style. */
import { describe, expect, it } from 'vitest';
import { comparePeriods, formatPeriod, formatPeriodShort, parsePeriod, periodKindOf, periodRange } from '../../shared/format/periods';

function canonical(text: string, expected?: Parameters<typeof parsePeriod>[1]) {
  const parsed = parsePeriod(text, expected);
  if (!parsed.ok) throw new Error(parsed.message);
  return { kind: parsed.kind, period: parsed.period };
}

describe('parsePeriod', () => {
  it.each([
    ['2021/22', 'financial_year', '2021/22'],
    ['2021-22', 'financial_year', '2021/22'],
    ['2021–22', 'financial_year', '2021/22'],
    ['2021/2022', 'financial_year', '2021/22'],
    ['2021-2022', 'financial_year', '2021/22'],
    ['FY 2021-22', 'financial_year', '2021/22'],
    ['FY21/22', 'financial_year', '2021/22'],
    ['fy 21-22', 'financial_year', '2021/22'],
    ['1999/00', 'financial_year', '1999/00'],
    ['1999/2000', 'financial_year', '1999/00'],
    ['Q1 2025-26', 'quarter', 'Q1 2025-26'],
    ['2025-26 Q1', 'quarter', 'Q1 2025-26'],
    ['Q3 2025/26', 'quarter', 'Q3 2025-26'],
    ['2025/2026 Q4', 'quarter', 'Q4 2025-26'],
    ['Quarter 2 FY2024-25', 'quarter', 'Q2 2024-25'],
    ['Dec 2024', 'month', '2024-12'],
    ['December 2024', 'month', '2024-12'],
    ['december  2024', 'month', '2024-12'],
    ['Sept 2024', 'month', '2024-09'],
    ['Sept. 2024', 'month', '2024-09'],
    ['Apr-22', 'month', '2022-04'],
    ["Dec '24", 'month', '2024-12'],
    ['2024-12', 'month', '2024-12'],
    ['2024-12-01', 'month', '2024-12'],
    ['2024-12-01T00:00:00Z', 'month', '2024-12'],
    ['01/12/2024', 'month', '2024-12'],
    ['12/2024', 'month', '2024-12'],
    ['202412', 'month', '2024-12'],
    ['2019', 'calendar_year', '2019'],
    ['CY 2019', 'calendar_year', '2019'],
    [' 2019 ', 'calendar_year', '2019'],
  ] as const)('reads “%s” as %s %s', (text, kind, period) => {
    expect(canonical(text)).toEqual({ kind, period });
  });

  it('reads “2011-12” as December 2011 unless a financial year is expected, and says it was ambiguous', () => {
    expect(parsePeriod('2011-12')).toEqual({ ok: true, kind: 'month', period: '2011-12', ambiguousWith: 'financial_year' });
    expect(canonical('2011-12', 'financial_year')).toEqual({ kind: 'financial_year', period: '2011/12' });
    expect(canonical('2011-12', 'month')).toEqual({ kind: 'month', period: '2011-12' });
    // Not ambiguous: 2012-12 cannot be a financial year, 2021-22 cannot be a month.
    expect(parsePeriod('2012-12')).toEqual({ ok: true, kind: 'month', period: '2012-12' });
    expect(canonical('2021-22', 'financial_year')).toEqual({ kind: 'financial_year', period: '2021/22' });
  });

  it.each([
    ['', /blank/],
    ['n/a', /not a period the workbench recognises.*2021\/22/],
    ['2021/23', /second year of a financial year must follow the first/],
    ['2024/12', /second year of a financial year must follow the first/],
    ['Q1 2025', /calendar year or of the financial year.*Q1 2025-26/],
    ['2025 Q1', /calendar year or of the financial year/],
    ['FY2022', /could end or begin/],
    ['2024-12-15', /is a day, not a month.*December 2024, or 2024-12/],
    ['2024-02-30', /no such day/],
    ['2024-13', /not a period/],
    ['Decembre 2024', /not a period/],
    ['13/2024', /not a period/],
    ['1850', /not a period/],
  ])('refuses “%s” with a message that says why', (text, message) => {
    const parsed = parsePeriod(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });

  it('refuses a period of another kind than expected, naming both', () => {
    const parsed = parsePeriod('2019', 'financial_year');
    expect(parsed).toEqual({ ok: false, message: '“2019” is a calendar year (2019), but a financial year is expected here.' });
    expect(parsePeriod('Dec 2024', 'quarter')).toMatchObject({ ok: false, message: expect.stringContaining('a month (December 2024)') });
  });
});

describe('canonical periods', () => {
  it('knows each kind from its canonical text and nothing else', () => {
    expect(['2021/22', 'Q1 2025-26', '2024-12', '2019'].map(periodKindOf)).toEqual(['financial_year', 'quarter', 'month', 'calendar_year']);
    expect(['2021-22', 'December 2024', '2024-13', 'Q5 2025-26'].map(periodKindOf)).toEqual([null, null, null, null]);
  });

  it('covers the right months (quarters of the financial year run April to March)', () => {
    const at = (y: number, m: number) => y * 12 + m - 1;
    expect(periodRange('2021/22')).toEqual({ startMonth: at(2021, 4), endMonth: at(2022, 3) });
    expect(periodRange('Q1 2025-26')).toEqual({ startMonth: at(2025, 4), endMonth: at(2025, 6) });
    expect(periodRange('Q4 2025-26')).toEqual({ startMonth: at(2026, 1), endMonth: at(2026, 3) });
    expect(periodRange('2024-12')).toEqual({ startMonth: at(2024, 12), endMonth: at(2024, 12) });
    expect(periodRange('2019')).toEqual({ startMonth: at(2019, 1), endMonth: at(2019, 12) });
  });

  it('sorts by start, the longer period first when two start together', () => {
    const mixed = ['2024-12', '2023/24', 'Q1 2023-24', '2023-04', '2023', 'Q4 2022-23', '2019', '2022/23', '2023-01'];
    expect([...mixed].sort(comparePeriods)).toEqual(['2019', '2022/23', '2023', 'Q4 2022-23', '2023-01', '2023/24', 'Q1 2023-24', '2023-04', '2024-12']);
  });

  it('prints house style, and a short form for chart axes', () => {
    expect(['2021/22', 'Q1 2025-26', '2024-12', '2019'].map(formatPeriod)).toEqual(['2021/22', 'Q1 2025-26', 'December 2024', '2019']);
    expect(formatPeriodShort('2022-06')).toBe('Jun 2022');
    expect(formatPeriodShort('2021/22')).toBe('2021/22');
  });
});
