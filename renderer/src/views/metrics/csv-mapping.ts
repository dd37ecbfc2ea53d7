/** The column mapping of a CSV import, as the dialog holds it and as the contract takes it. */
import type { CsvMapping } from '../../../../shared/domain/metrics';
import type { PeriodKind } from '../../../../shared/domain/types';

export interface MappingDraft {
  period: string;
  value: string;
  /** '' for no group column. */
  group: string;
  /** '' to tell the kind from the text. */
  periodKind: PeriodKind | '';
  /** Kept as the backend suggested them (a wide layout, filters); this dialog does not edit them. */
  extra: Pick<CsvMapping, 'layout' | 'filters'>;
}

export function draftFrom(mapping: CsvMapping | null, columns: string[]): MappingDraft {
  const extra: MappingDraft['extra'] = {};
  if (mapping?.layout) extra.layout = mapping.layout;
  if (mapping?.filters && mapping.filters.length > 0) extra.filters = mapping.filters;
  return {
    period: mapping?.period ?? columns[0] ?? '',
    value: mapping?.value ?? columns[1] ?? columns[0] ?? '',
    group: mapping?.group ?? '',
    periodKind: mapping?.periodKind ?? '',
    extra,
  };
}

/** The mapping to send: only the keys the contract knows, plus what the backend itself suggested. */
export function toMapping(draft: MappingDraft): { period: string; value: string; group: string | null; periodKind: PeriodKind | null } {
  return {
    period: draft.period,
    value: draft.value,
    group: draft.group === '' ? null : draft.group,
    periodKind: draft.periodKind === '' ? null : draft.periodKind,
    ...draft.extra,
  };
}
