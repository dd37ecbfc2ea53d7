/** Adding an indicator, or changing one: its name, unit, definition and source. */
import { useId, useState, type FormEvent } from 'react';
import type { Indicator } from '../../../../shared/domain/metrics';
import type { Source } from '../../../../shared/domain/sources';
import { METRIC_UNITS, type Id, type MetricUnit } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { SourcePicker } from '../sources/SourcePicker';
import { UNIT_NAMES } from './metrics-format';

interface Props {
  investigationId: Id;
  /** Null to add one. */
  indicator: Indicator | null;
  sources: Source[];
  onClose: () => void;
  onSaved: (id: Id) => void;
}

export function IndicatorDialog({ investigationId, indicator, sources, onClose, onSaved }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [values, setValues] = useState({
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    definition: indicator?.definition ?? '',
    sourceId: indicator?.sourceId ?? '',
  });
  const ids = { name: `${prefix}-name`, unit: `${prefix}-unit`, definition: `${prefix}-definition`, sourceId: `${prefix}-source` };
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result: { id: Id | null } = { id: null };
    const ok = await submit.run(async () => {
      // No unit chosen is sent as it is: the contract names every missing field in one answer.
      const fields = { name: values.name, unit: values.unit as MetricUnit, definition: values.definition, sourceId: values.sourceId || null };
      result.id = indicator ? (await api.call('indicators.update', { id: indicator.id, ...fields })).id : (await api.call('indicators.create', { investigationId, ...fields })).id;
    });
    if (!ok || result.id === null) return;
    announce(indicator ? `Saved the indicator “${values.name.trim()}”.` : `Added the indicator “${values.name.trim()}”.`);
    onSaved(result.id);
    onClose();
  }

  return (
    <Modal title={indicator ? `Edit “${indicator.name}”` : 'Add an indicator'} onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <TextField id={ids.name} label="Name" hint="As the report names it: “Volume of total notifiable offences”." required value={values.name} onChange={set('name')} error={fieldError(submit.fieldErrors, 'name')} />
        <SelectField
          id={ids.unit}
          label="Unit"
          required
          value={values.unit}
          onChange={set('unit')}
          error={fieldError(submit.fieldErrors, 'unit')}
          options={[{ value: '', label: 'Choose a unit' }, ...METRIC_UNITS.map((unit) => ({ value: unit, label: UNIT_NAMES[unit] }))]}
        />
        <TextAreaField id={ids.definition} label="Definition" rows={3} value={values.definition} onChange={set('definition')} error={fieldError(submit.fieldErrors, 'definition')} />
        <SourcePicker id={ids.sourceId} label="Source" value={values.sourceId} onChange={set('sourceId')} sources={sources} noneLabel="No source" error={fieldError(submit.fieldErrors, 'sourceId')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {indicator ? 'Save indicator' : 'Add indicator'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
