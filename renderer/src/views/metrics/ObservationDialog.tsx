/**
 * Adding a figure to an indicator, or changing one. A figure is keyed by its period and group, so
 * changing one keeps those and changes the value, source and locator; to move a figure to another
 * period, add it there and delete this one.
 */
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { IndicatorDetail, Observation } from '../../../../shared/domain/metrics';
import type { Source } from '../../../../shared/domain/sources';
import { PERIOD_KINDS, type PeriodKind } from '../../../../shared/domain/types';
import { parsePeriod } from '../../../../shared/format/periods';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field, SelectField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { fieldError, useSubmit, type FieldErrors } from '../../hooks/useSubmit';
import { SourcePicker } from '../sources/SourcePicker';
import { exactValueLabel, groupLabel, parseTypedNumber, PERIOD_KIND_NAMES, periodLabel, UNIT_NAMES } from './metrics-format';

interface Props {
  indicator: IndicatorDetail;
  /** Null to add one. */
  observation: Observation | null;
  sources: Source[];
  onClose: () => void;
  onSaved: (observation: Observation) => void;
}

export function ObservationDialog({ indicator, observation, sources, onClose, onSaved }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [values, setValues] = useState({
    period: observation ? periodLabel(observation.period) : '',
    periodKind: '' as PeriodKind | '',
    groupName: observation?.groupName ?? '',
    value: observation ? String(observation.value) : '',
    sourceId: observation?.sourceId ?? indicator.sourceId ?? '',
    locator: observation?.locator ?? '',
  });
  const ids = {
    period: `${prefix}-period`,
    periodKind: `${prefix}-kind`,
    groupName: `${prefix}-group`,
    value: `${prefix}-value`,
    sourceId: `${prefix}-source`,
    locator: `${prefix}-locator`,
  };
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const reads = values.period.trim() ? parsePeriod(values.period, values.periodKind || null) : null;
  const typed = parseTypedNumber(values.value);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result: { saved: Observation | null } = { saved: null };
    const ok = await submit.run(async () => {
      const problems: FieldErrors = {};
      if (typed === null) problems.value = values.value.trim() ? 'The value must be a number, such as 834567 or 12.5.' : 'Enter the value.';
      if (Object.keys(problems).length > 0) throw new ApiError('invalid_input', Object.values(problems)[0]!, problems);
      result.saved = await api.call('observations.save', {
        indicatorId: indicator.id,
        period: observation ? observation.period : values.period,
        ...(values.periodKind ? { periodKind: values.periodKind } : observation ? { periodKind: observation.periodKind } : {}),
        groupName: observation ? observation.groupName : values.groupName,
        value: typed!,
        sourceId: values.sourceId || null,
        locator: values.locator,
      });
    });
    const saved = result.saved;
    if (!ok || !saved) return;
    announce(`Saved ${exactValueLabel(saved.value, indicator.unit)} for ${periodLabel(saved.period)}, ${saved.groupName ?? 'overall'}.`);
    onSaved(saved);
    onClose();
  }

  return (
    <Modal title={observation ? `Edit the figure for ${periodLabel(observation.period)}, ${observation.groupName ?? 'overall'}` : `Add a figure to “${indicator.name}”`} onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        {observation ? (
          <dl className="facts">
            <div>
              <dt>Period</dt>
              <dd>{periodLabel(observation.period)}</dd>
            </div>
            <div>
              <dt>Group</dt>
              <dd>{groupLabel(observation.groupName)}</dd>
            </div>
          </dl>
        ) : (
          <>
            <Field id={ids.period} label="Period" hint="“2021/22”, “Q1 2025-26”, “December 2024” or “2019”." required error={fieldError(submit.fieldErrors, 'period')}>
              {(control) => (
                <>
                  <input
                    {...control}
                    aria-describedby={[control['aria-describedby'], `${ids.period}-reads`].filter(Boolean).join(' ')}
                    className="input input--short"
                    value={values.period}
                    autoComplete="off"
                    onChange={(event) => set('period')(event.target.value)}
                  />
                  <p className="field__reads" id={`${ids.period}-reads`}>
                    {reads === null ? 'No period yet' : reads.ok ? `Reads as ${periodLabel(reads.period)}` : reads.message}
                  </p>
                </>
              )}
            </Field>
            <SelectField
              id={ids.periodKind}
              label="Kind of period"
              hint="Only when the period could be read two ways (“2011-12”: a month, or a financial year)."
              value={values.periodKind}
              onChange={set('periodKind')}
              error={fieldError(submit.fieldErrors, 'periodKind')}
              options={[{ value: '', label: 'Tell from the period' }, ...PERIOD_KINDS.map((kind) => ({ value: kind, label: PERIOD_KIND_NAMES[kind] }))]}
            />
            <Field id={ids.groupName} label="Group" hint="Leave blank for the overall figure." error={fieldError(submit.fieldErrors, 'groupName')}>
              {(control) => (
                <>
                  <input {...control} className="input input--medium" list={`${ids.groupName}-list`} value={values.groupName} autoComplete="off" onChange={(event) => set('groupName')(event.target.value)} />
                  <datalist id={`${ids.groupName}-list`}>
                    {indicator.groups.map((group) => (
                      <option key={group} value={group} />
                    ))}
                  </datalist>
                </>
              )}
            </Field>
          </>
        )}
        <Field id={ids.value} label={`Value (${UNIT_NAMES[indicator.unit].toLowerCase()})`} hint="Digits, with a decimal point if needed: 834567 or 834,567; 12.5." required error={fieldError(submit.fieldErrors, 'value')}>
          {(control) => (
            <>
              <input
                {...control}
                aria-describedby={[control['aria-describedby'], `${ids.value}-reads`].filter(Boolean).join(' ')}
                className="input input--short"
                inputMode="decimal"
                value={values.value}
                autoComplete="off"
                onChange={(event) => set('value')(event.target.value)}
              />
              <p className="field__reads" id={`${ids.value}-reads`}>
                {typed === null ? (values.value.trim() ? 'Not a number yet' : 'No value yet') : `Reads as ${exactValueLabel(typed, indicator.unit)}`}
              </p>
            </>
          )}
        </Field>
        <SourcePicker id={ids.sourceId} label="Source" value={values.sourceId} onChange={set('sourceId')} sources={sources} noneLabel="No source" error={fieldError(submit.fieldErrors, 'sourceId')} />
        <TextField id={ids.locator} label="Locator" hint="Where in the source: “Table 2”, “p.14”." width="short" value={values.locator} onChange={set('locator')} error={fieldError(submit.fieldErrors, 'locator')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {observation ? 'Save figure' : 'Add figure'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
