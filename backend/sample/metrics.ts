/**
 * The figures the sample report quotes, as indicators and observations, so that its change
 * sentences can be generated from them ("Volume of theft increased from 204,954 in 2021/22 to
 * 291,000 in 2023/24").
 *
 * Every figure is one of three kinds, and says which:
 * - `footnote`: the report's own figure, with the footnote (or the paragraph's footnote) it is in;
 * - `derived`: not printed in the report but fixed by it (confidence in March 2022 is 3 points
 *   above December 2024's 46 per cent, footnote 3);
 * - `sample`: NOT from the report. Where the report gives only a percentage change ("knife crime
 *   increased by 6.9 per cent in 2024"), the two figures are sample values chosen to give that
 *   change, and where a chart needs a period between two of the report's figures it is a sample
 *   value too. Their locator says "Sample value, not from the report" and they cite no source.
 *
 * Periods are canonical (shared/format/periods.ts). Sources are keys of the sample's sources
 * register (backend/sample/sources.ts), cited as `sampleId('source/<key>')`.
 */
import type { MetricUnit } from '../../shared/domain/types';

export const SAMPLE_VALUE = 'Sample value, not from the report';

export type SampleSourceKey =
  | 'met-monthly-crime-data'
  | 'mopac-public-perceptions-dashboard'
  | 'mopac-victims-and-witnesses-dashboard'
  | 'met-homicide-dashboard'
  | 'met-stop-and-search-monthly-report';

export type SampleObservation = {
  period: string;
  value: number;
  group?: string;
  /** Printed after the source in a citation ("‘knife crime’ tab"), or what the figure is. */
  locator?: string;
} & ({ footnote: number } | { derived: string; footnote: number } | { sample: true });

export interface SampleIndicator {
  key: string;
  name: string;
  unit: MetricUnit;
  definition: string;
  source: SampleSourceKey;
  observations: SampleObservation[];
}

/** The report gives no period for its figures by group; the latest data it cites is December 2024. */
const GROUP_PERIOD_NOTE = 'Period not given in the report; taken as December 2024';

export const SAMPLE_INDICATORS: SampleIndicator[] = [
  {
    key: 'total-notifiable-offences',
    name: 'Total notifiable offences',
    unit: 'count',
    definition: 'Offences recorded by the Metropolitan Police in the financial year (Home Office counting rules). The 2022/23 figure is a sample value, not from the report.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2021/22', value: 834_567, footnote: 2 },
      { period: '2022/23', value: 902_410, sample: true },
      { period: '2023/24', value: 936_209, footnote: 2 },
    ],
  },
  {
    key: 'theft',
    name: 'Theft offences',
    unit: 'count',
    definition: 'Theft offences recorded by the Metropolitan Police in the financial year. The 2022/23 figure is a sample value, not from the report.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2021/22', value: 204_954, footnote: 2 },
      { period: '2022/23', value: 247_318, sample: true },
      { period: '2023/24', value: 291_000, footnote: 2 },
    ],
  },
  {
    key: 'robbery',
    name: 'Robbery offences',
    unit: 'count',
    definition: 'Robbery offences recorded by the Metropolitan Police in the financial year. The 2022/23 figure is a sample value, not from the report.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2021/22', value: 24_452, footnote: 2 },
      { period: '2022/23', value: 29_873, sample: true },
      { period: '2023/24', value: 34_391, footnote: 2 },
    ],
  },
  {
    key: 'gun-crime',
    name: 'Gun crime offences',
    unit: 'count',
    definition: 'Gun crime offences recorded by the Metropolitan Police in the financial year. The 2022/23 figure is a sample value, not from the report.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2021/22', value: 1_323, footnote: 2 },
      { period: '2022/23', value: 1_402, sample: true },
      { period: '2023/24', value: 1_529, footnote: 2 },
    ],
  },
  {
    key: 'gun-crime-calendar-year',
    name: 'Gun crime offences, calendar year',
    unit: 'count',
    definition:
      'Gun crime offences recorded by the Metropolitan Police in the calendar year. The report gives only the change (an increase of 29.8 per cent in 2024, footnote 88): both figures are sample values, not from the report, chosen to give that change.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2023', value: 1_500, sample: true },
      { period: '2024', value: 1_947, sample: true },
    ],
  },
  {
    key: 'lethal-barrel-discharges',
    name: 'Lethal barrel firearm discharges',
    unit: 'count',
    definition:
      'Discharges of lethal barrel weapons, which exclude air guns, BB guns, starter pistols and other non-lethal firearms (footnote 88). The report gives only the change (a decrease of 12.6 per cent in 2024): both figures are sample values, not from the report, chosen to give that change.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2023', value: 174, sample: true },
      { period: '2024', value: 152, sample: true },
    ],
  },
  {
    key: 'knife-crime',
    name: 'Knife crime offences',
    unit: 'count',
    definition:
      'Knife crime offences recorded by the Metropolitan Police in the calendar year (‘knife crime’ tab, offence type ‘knife crime’, footnote 86). The report gives only the change (an increase of 6.9 per cent in 2024): both figures are sample values, not from the report, chosen to give that change.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2023', value: 14_000, sample: true },
      { period: '2024', value: 14_966, sample: true },
    ],
  },
  {
    key: 'knife-crime-with-injury',
    name: 'Knife crime with injury offences',
    unit: 'count',
    definition:
      'Knife crimes resulting in injury, recorded by the Metropolitan Police in the calendar year (‘knife crime’ tab, offence type ‘knife crime with injury’, footnote 87). The report gives only the change (4.1 per cent higher in 2024): both figures are sample values, not from the report, chosen to give that change.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2023', value: 4_000, sample: true },
      { period: '2024', value: 4_164, sample: true },
    ],
  },
  {
    key: 'homicides',
    name: 'Homicides',
    unit: 'count',
    definition:
      'Homicides recorded by the Metropolitan Police in the calendar year. The figures for 2020 to 2022 are sample values, not from the report. (The report also gives 82 homicides in the year to September 2024, a period the workbench does not keep.)',
    source: 'met-homicide-dashboard',
    observations: [
      { period: '2019', value: 153, footnote: 89 },
      { period: '2020', value: 126, sample: true },
      { period: '2021', value: 131, sample: true },
      { period: '2022', value: 112, sample: true },
      { period: '2023', value: 109, footnote: 89 },
    ],
  },
  {
    key: 'stop-and-search',
    name: 'Stop and searches',
    unit: 'count',
    definition:
      'Stop and searches carried out by the Metropolitan Police in the calendar year (footnote 102). The 2023 figure is a sample value, not from the report, chosen to give the decrease of 22.2 per cent the report gives.',
    source: 'met-stop-and-search-monthly-report',
    observations: [
      { period: '2023', value: 152_555, sample: true },
      { period: '2024', value: 118_688, footnote: 102 },
    ],
  },
  {
    key: 'stop-and-search-arrests',
    name: 'Stop and searches resulting in an arrest',
    unit: 'count',
    definition: 'Stop and searches in the calendar year that resulted in an arrest (20,792, 17.5 per cent of 118,688 in 2024).',
    source: 'met-stop-and-search-monthly-report',
    observations: [{ period: '2024', value: 20_792, footnote: 102 }],
  },
  {
    key: 'stop-and-search-weapons',
    name: 'Stop and searches for suspected weapons',
    unit: 'count',
    definition: 'Stop and searches in the calendar year where the reason given was suspected weapons (20,066 of 118,688 stops in 2024, footnote 103).',
    source: 'met-stop-and-search-monthly-report',
    observations: [{ period: '2024', value: 20_066, footnote: 103 }],
  },
  {
    key: 'confidence',
    name: 'Public confidence in the Met',
    unit: 'percent',
    definition: 'Londoners who agree that the police do a good job in the local area (Public Perceptions Survey, measure ‘Confidence "good job" local’).',
    source: 'mopac-public-perceptions-dashboard',
    observations: [
      { period: '2019-06', value: 59, footnote: 59 },
      { period: '2022-03', value: 49, footnote: 3, derived: 'decreased by 3 percentage points to December 2024', locator: 'Derived from footnote 3: 3 points above December 2024' },
      { period: '2024-12', value: 46, footnote: 59 },
      { period: '2024-12', group: 'LGBTQ+ Londoners', value: 36, footnote: 61, locator: GROUP_PERIOD_NOTE },
      { period: '2024-12', group: 'White British Londoners', value: 40, footnote: 61, locator: GROUP_PERIOD_NOTE },
    ],
  },
  {
    key: 'trust',
    name: 'Public trust in the Met',
    unit: 'percent',
    definition: 'Londoners who trust the Metropolitan Police (Public Perceptions Survey, measure ‘trust in the police’).',
    source: 'mopac-public-perceptions-dashboard',
    observations: [
      { period: '2019-12', value: 84, footnote: 60 },
      { period: '2022-03', value: 73, footnote: 3 },
      { period: '2024-12', value: 73, footnote: 60 },
      { period: '2024-12', group: 'LGBTQ+ Londoners', value: 56, footnote: 61, locator: GROUP_PERIOD_NOTE },
      { period: '2024-12', group: 'Black Londoners', value: 63, footnote: 61, locator: GROUP_PERIOD_NOTE },
      { period: '2024-12', group: 'Mixed ethnicity Londoners', value: 60, footnote: 61, locator: GROUP_PERIOD_NOTE },
      { period: '2024-12', group: 'Disabled Londoners', value: 68, footnote: 61, locator: GROUP_PERIOD_NOTE },
    ],
  },
  {
    key: 'victim-satisfaction',
    name: 'Victim satisfaction',
    unit: 'percent',
    definition: 'Victims of crime in London satisfied with the service they received from the Metropolitan Police.',
    source: 'mopac-victims-and-witnesses-dashboard',
    observations: [
      { period: '2022-06', value: 64, footnote: 31 },
      { period: '2024-09', group: 'Victims who reported online', value: 28, footnote: 145 },
      { period: '2024-12', value: 61, footnote: 143 },
      { period: '2024-12', group: 'LGBTQ+ Londoners', value: 56, footnote: 144, locator: GROUP_PERIOD_NOTE },
      { period: '2024-12', group: 'Disabled Londoners', value: 53, footnote: 144, locator: GROUP_PERIOD_NOTE },
    ],
  },
  {
    key: 'sexual-offences',
    name: 'Sexual offences, rolling 12 months',
    unit: 'count',
    definition:
      'Sexual offences recorded by the Metropolitan Police in the 12 months to the end of the month shown (‘overview of crimes’ tab, footnote 115). The report gives only the change (an increase of 7.4 per cent in the 12 months to January 2025): both figures are sample values, not from the report, chosen to give that change.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2024-01', value: 18_000, sample: true },
      { period: '2025-01', value: 19_332, sample: true },
    ],
  },
  {
    key: 'rape',
    name: 'Rape offences, rolling 12 months',
    unit: 'count',
    definition:
      'Rape offences recorded by the Metropolitan Police in the 12 months to the end of the month shown (footnote 115). The report gives only the change (an increase of 2.2 per cent in the 12 months to January 2025): both figures are sample values, not from the report, chosen to give that change.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2024-01', value: 7_000, sample: true },
      { period: '2025-01', value: 7_154, sample: true },
    ],
  },
  {
    key: 'domestic-abuse',
    name: 'Domestic abuse offences, rolling 12 months',
    unit: 'count',
    definition:
      'Domestic abuse offences recorded by the Metropolitan Police in the 12 months to the end of the month shown (‘domestic abuse’ tab, footnote 116). The report gives only the change (a decrease of 4 per cent in the 12 months to January 2025): both figures are sample values, not from the report, chosen to give that change.',
    source: 'met-monthly-crime-data',
    observations: [
      { period: '2024-01', value: 90_000, sample: true },
      { period: '2025-01', value: 86_400, sample: true },
    ],
  },
];
