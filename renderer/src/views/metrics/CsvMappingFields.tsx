/** Which CSV column holds the period, the value and the group, and the kind of period: each change reads the file again. */
import { PERIOD_KINDS, type PeriodKind } from '../../../../shared/domain/types';
import type { MappingDraft } from './csv-mapping';
import { PERIOD_KIND_NAMES } from './metrics-format';

interface Props {
  idPrefix: string;
  columns: string[];
  mapping: MappingDraft;
  onChange: (mapping: MappingDraft) => void;
  disabled: boolean;
}

export function CsvMappingFields({ idPrefix, columns, mapping, onChange, disabled }: Props) {
  const wide = mapping.extra.layout === 'wide';
  const select = (id: string, label: string, value: string, apply: (v: string) => MappingDraft, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${idPrefix}-${id}`}>{label}</label>
      <select id={`${idPrefix}-${id}`} className="input" value={value} disabled={disabled} onChange={(event) => onChange(apply(event.target.value))}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
  const columnOptions = columns.map((c) => ({ value: c, label: c }));
  return (
    <fieldset className="fieldset csv-mapping" aria-describedby={`${idPrefix}-columns-hint`}>
      <legend>Columns</legend>
      <p className="field__hint" id={`${idPrefix}-columns-hint`}>
        {wide ? 'The file has one column per period: the figures run from the first period column to the last. ' : ''}
        Blank cells in the group column are overall figures. Choose the kind of period only when the text could be read two ways (“2011-12” is a
        month, or a financial year).
      </p>
      <div className="field-row">
        {select('period', wide ? 'First period column' : 'Period column', mapping.period, (period) => ({ ...mapping, period }), columnOptions)}
        {select('value', wide ? 'Last period column' : 'Value column', mapping.value, (value) => ({ ...mapping, value }), columnOptions)}
        {select('group', 'Group column', mapping.group, (group) => ({ ...mapping, group }), [{ value: '', label: 'None: overall figures' }, ...columnOptions])}
        {select(
          'kind',
          'Kind of period',
          mapping.periodKind,
          (periodKind) => ({ ...mapping, periodKind: periodKind as PeriodKind | '' }),
          [{ value: '', label: 'Tell from the text' }, ...PERIOD_KINDS.map((k) => ({ value: k, label: PERIOD_KIND_NAMES[k] }))],
        )}
      </div>
    </fieldset>
  );
}
