/**
 * Metrics: indicators (what is measured, in what unit, from which source) and their
 * observations (a value for a period, optionally for one group of people). Change statements in
 * house style are generated from them by `shared/format/change-statements.ts`.
 */
import type { Id, IsoInstant, MetricUnit, PeriodKind } from './types';

export { METRIC_UNITS, PERIOD_KINDS, type MetricUnit, type PeriodKind } from './types';

/**
 * Canonical period text, one form per kind:
 *   financial_year "2021/22" · quarter "Q1 2025-26" (of the financial year) · month "2024-12" ·
 *   calendar_year "2019".
 * `shared/format/periods.ts` parses the forms people type ("2021-22", "Dec 2024", "FY21/22")
 * into these, sorts them and prints them in house style.
 */
export type CanonicalPeriod = string;

export interface Indicator {
  id: Id;
  investigationId: Id | null;
  name: string;
  unit: MetricUnit;
  definition: string | null;
  sourceId: Id | null;
  sourceTitle: string | null;
  observationCount: number;
  /** Groups with observations ("Black Londoners"), sorted; empty when only overall figures exist. */
  groups: string[];
  firstPeriod: string | null;
  lastPeriod: string | null;
  updatedAt: IsoInstant;
}

export interface Observation {
  id: Id;
  indicatorId: Id;
  periodKind: PeriodKind;
  period: CanonicalPeriod;
  /** Null for the overall figure. */
  groupName: string | null;
  value: number;
  sourceId: Id | null;
  locator: string | null;
}

export interface IndicatorDetail extends Indicator {
  /** In period order, overall figures first within a period, then groups by name. */
  observations: Observation[];
}

export const CHANGE_STYLES = ['from_to', 'difference', 'percent_change', 'comparison'] as const;
/**
 * from_to:        "increased from 834,567 in 2021/22 to 936,209 in 2023/24"
 * difference:     "decreased by 3 percentage points" (per cent) / "fell by 1,234" (counts)
 * percent_change: "a decrease of 22.2 per cent" (noun) / "increased by 6.9 per cent" (verb)
 * comparison:     "13 percentage points lower than the 84 per cent" (the second period against the first)
 */
export type ChangeStyle = (typeof CHANGE_STYLES)[number];

/** The house vocabulary: "increased"/"decreased" unless the analyst picks another verb. */
export const UP_VERBS = ['increased', 'rose'] as const;
export type UpVerb = (typeof UP_VERBS)[number];
export const DOWN_VERBS = ['decreased', 'reduced', 'fell', 'declined'] as const;
export type DownVerb = (typeof DOWN_VERBS)[number];
/** past: "rose", "fell"; perfect: "risen", "fallen" (for "has fallen by…"). */
export const CHANGE_TENSES = ['past', 'perfect'] as const;
export type ChangeTense = (typeof CHANGE_TENSES)[number];
export const PERCENT_CHANGE_FORMS = ['noun', 'verb'] as const;
export type PercentChangeForm = (typeof PERCENT_CHANGE_FORMS)[number];

export interface ChangeWording {
  up?: UpVerb;
  down?: DownVerb;
  tense?: ChangeTense;
}

// ---- CSV import --------------------------------------------------------------------------

/** Which CSV column holds what. Columns are named by their header text. */
export const CSV_LAYOUTS = ['long', 'wide'] as const;
/**
 * long: one row per figure, with a period column and a value column.
 * wide: one row per group, one column per period (the Met's borough and ward files: 202201, 202202…);
 *       `period` names the first period column and `value` the last, and every column from the
 *       one to the other holds figures, headed by its period.
 */
export type CsvLayout = (typeof CSV_LAYOUTS)[number];

/** Keep only rows whose `column` is exactly `value` (ignoring case and surrounding spaces). */
export interface CsvFilter {
  column: string;
  value: string;
}

export interface CsvMapping {
  period: string;
  value: string;
  /** Optional: a column whose text names the group ("Black Londoners"); blank cells are overall. */
  group: string | null;
  /** Optional: the period kind when it cannot be told from the text. */
  periodKind: PeriodKind | null;
  /** Absent means 'long'. */
  layout?: CsvLayout;
  /** Rows failing any filter are skipped (counted, not errors): "Offence Group" is "Robbery". */
  filters?: CsvFilter[];
}

export interface CsvRowError {
  /** 1-based line in the file, counting the header as line 1. */
  line: number;
  column: string | null;
  message: string;
}

export interface CsvPreview {
  fileName: string;
  delimiter: string;
  columns: string[];
  /** A guess the analyst can change. */
  suggestedMapping: CsvMapping | null;
  /** The mapping this preview was made with. */
  mapping: CsvMapping | null;
  totalRows: number;
  /** The first rows as they would be stored (after mapping), for the preview table. */
  rows: { line: number; periodKind: PeriodKind; period: string; groupName: string | null; value: number }[];
  errors: CsvRowError[];
  /** Errors beyond those listed. */
  moreErrors: number;
  /** True when every row is valid: importing is allowed only then. */
  importable: boolean;
  /** How the bytes were read: 'utf-8', 'utf-16le', 'utf-16be' or 'windows-1252'. */
  encoding: string;
  /** Things to check that are not errors ("Read as Windows-1252…", "Months and financial years are mixed"). */
  warnings: string[];
  /** Rows left out by the mapping's filters. */
  skippedRows: number;
  /** The figures (period, group, value) the import would store: one per row, or one per period column when wide. */
  figureCount: number;
  /** For an existing indicator: how many figures the import would replace (same period and group). */
  wouldReplace: number;
}

export interface Figure {
  id: Id;
  investigationId: Id;
  indicatorId: Id | null;
  title: string;
  chartKind: 'trend' | 'groups';
  attachmentSha256: string;
  createdAt: IsoInstant;
}
