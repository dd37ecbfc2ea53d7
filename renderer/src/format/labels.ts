/**
 * Labels for enumerations that shared/domain/labels.ts does not cover yet. Move them there when
 * the backend starts using these kinds.
 */
import type { MetricUnit, PeriodKind, SourceKind } from '../../../shared/domain/types';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  transcript: 'Transcripts',
  dashboard: 'Dashboards and data',
  report: 'Reports',
  web_page: 'Web pages',
  legislation: 'Legislation',
  news: 'News',
  manifesto: 'Manifestos',
  letter: 'Letters',
  informal_meeting_notes: 'Notes of informal meetings',
  other: 'Other sources',
};

export const METRIC_UNIT_LABELS: Record<MetricUnit, string> = {
  count: 'counts',
  percent: 'percentages',
  money: 'money',
  rate: 'rates',
};

export const PERIOD_KIND_EXAMPLES: Record<PeriodKind, string> = {
  financial_year: 'financial years (2021/22)',
  quarter: 'quarters (Q1 2025-26)',
  month: 'months',
  calendar_year: 'calendar years',
};
