/**
 * A metric statement from the metrics register: an indicator, two of its periods (and a group,
 * when it has groups), and how the change is written. The sentence is written by the workbench
 * from the figures, so it stays in step when a figure is corrected.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { CHANGE_STYLES, type ChangeStyle } from '../../../../../shared/domain/metrics';
import type { MetricContent } from '../../../../../shared/report/content';
import { useApi } from '../../../api/WorkbenchContext';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { Loading, LoadError } from '../../../components/QueryStatus';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { describeError, fieldError } from '../../../hooks/useSubmit';
import { useDraft } from '../DraftContext';
import { useBlockSave, type BlockPlacement } from './useBlockSave';

const STYLE_LABELS: Record<ChangeStyle, string> = {
  from_to: 'From one figure to the other (“increased from 834,567 in 2021/22 to 936,209 in 2023/24”)',
  difference: 'By how much (“decreased by 3 percentage points”)',
  percent_change: 'As a percentage change (“a decrease of 22.2 per cent”)',
  comparison: 'The second against the first (“13 percentage points lower than…”)',
};

interface Props {
  placement?: BlockPlacement;
  existing?: { blockId: string; content: MetricContent };
  onClose: () => void;
  onCreated?: (blockId: string) => void;
}

export function MetricDialog({ placement, existing, onClose, onCreated }: Props) {
  const api = useApi();
  const { submit, saveBlock } = useBlockSave({ placement, existingBlockId: existing?.blockId, onClose, onCreated });
  const id = useId();
  const { investigationId } = useDraft();
  const indicators = useApiQuery(`draft-indicators:${investigationId}`, (client) => client.call('indicators.list', { investigationId }), { investigationId, entities: ['metric'] });
  const [indicatorId, setIndicatorId] = useState(existing?.content.indicatorId ?? '');
  const detail = useApiQuery(`draft-indicator:${indicatorId}`, (client) => (indicatorId ? client.call('indicators.get', { id: indicatorId }) : Promise.resolve(null)), { investigationId, entities: ['metric'] });
  const [from, setFrom] = useState(existing?.content.from ?? '');
  const [to, setTo] = useState(existing?.content.to ?? '');
  const [group, setGroup] = useState(existing?.content.groupName ?? '');
  const [style, setStyle] = useState<ChangeStyle>(existing?.content.style ?? 'from_to');
  const [statement, setStatement] = useState<{ text: string | null; problem: string | null }>({ text: null, problem: null });

  const periods = useMemo(() => [...new Set((detail.data?.observations ?? []).filter((o) => (o.groupName ?? '') === group).map((o) => o.period))], [detail.data, group]);
  const groups = detail.data?.groups ?? [];

  // Two periods chosen: the sentence as it will be printed.
  useEffect(() => {
    if (!indicatorId || !from || !to) {
      setStatement({ text: null, problem: null });
      return;
    }
    let live = true;
    api.call('metrics.statement', { indicatorId, from, to, groupName: group || null, style }).then(
      (result) => live && setStatement({ text: result.text, problem: null }),
      (error: unknown) => live && setStatement({ text: null, problem: describeError(error).message }),
    );
    return () => {
      live = false;
    };
  }, [api, indicatorId, from, to, group, style]);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const content = { indicatorId, from, to, groupName: group || null, style };
    void saveBlock({ kind: 'metric', content }, { changed: 'Metric statement saved.', added: 'Metric statement added.' });
  };

  const errors = submit.fieldErrors;
  let body;
  if (indicators.error && !indicators.data) body = <LoadError error={indicators.error} what="the indicators" onRetry={indicators.reload} />;
  else if (!indicators.data) body = <Loading what="the indicators" />;
  else if (indicators.data.length === 0) body = <p className="notice notice--info">The metrics register has no indicators yet. Add one in Metrics first.</p>;
  else
    body = (
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={errors} fieldIds={{ 'block.content.indicatorId': `${id}-indicator`, 'block.content.from': `${id}-from`, 'block.content.to': `${id}-to` }} />
        <SelectField
          id={`${id}-indicator`}
          label="Indicator"
          required
          value={indicatorId}
          onChange={(next) => {
            setIndicatorId(next);
            setFrom('');
            setTo('');
            setGroup('');
          }}
          options={[{ value: '', label: 'Choose an indicator' }, ...indicators.data.map((i) => ({ value: i.id, label: i.name }))]}
          error={fieldError(errors, 'block.content.indicatorId')}
        />
        {groups.length > 0 ? (
          <SelectField id={`${id}-group`} label="Figures for" required value={group} onChange={setGroup} options={[{ value: '', label: 'Overall' }, ...groups.map((g) => ({ value: g, label: g }))]} />
        ) : null}
        <div className="field-row">
          <SelectField id={`${id}-from`} label="From" required value={from} onChange={setFrom} options={[{ value: '', label: 'Choose a period' }, ...periods.map((p) => ({ value: p, label: p }))]} error={fieldError(errors, 'block.content.from')} />
          <SelectField id={`${id}-to`} label="To" required value={to} onChange={setTo} options={[{ value: '', label: 'Choose a period' }, ...periods.map((p) => ({ value: p, label: p }))]} error={fieldError(errors, 'block.content.to')} />
        </div>
        <SelectField id={`${id}-style`} label="How the change is written" required value={style} onChange={(next) => setStyle(next as ChangeStyle)} options={CHANGE_STYLES.map((s) => ({ value: s, label: STYLE_LABELS[s] }))} />
        <div className="footnote-preview" aria-live="polite">
          <p className="footnote-preview__text">
            {statement.text ? (
              <>
                <span className="visually-hidden">It will read: </span>
                {detail.data?.name} {statement.text}.
              </>
            ) : statement.problem ? (
              <span className="footnote-preview__problem">{statement.problem}</span>
            ) : (
              'Choose the indicator and two periods to see the sentence.'
            )}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {existing ? 'Save the statement' : 'Add the statement'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    );
  return (
    <Modal title={existing ? 'Edit the metric statement' : 'Add a metric statement'} onClose={onClose} wide>
      {body}
    </Modal>
  );
}
