/**
 * Importing figures from a CSV file, step by step:
 *   1. choose the file (file chooser, or drop it) and where the figures go (a new indicator, or one
 *      already held); the file is uploaded and read;
 *   2. check the columns (period, value, group, kind of period: guessed, changeable; each change
 *      reads the file again), the first rows as they would be stored and every row-level error;
 *   3. import — allowed only when every row is valid; one transaction, all or nothing.
 */
import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { CsvPreview, Indicator } from '../../../../shared/domain/metrics';
import { METRIC_UNITS, type Id, type MetricUnit } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field, SelectField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { count } from '../../format/plural';
import { formatBytes } from '../../format/transcripts';
import { describeError, fieldError, useSubmit } from '../../hooks/useSubmit';
import { draftFrom, toMapping, type MappingDraft } from './csv-mapping';
import { CsvPreviewTable } from './CsvPreviewTable';
import { CsvMappingFields } from './CsvMappingFields';
import { UNIT_NAMES } from './metrics-format';

interface Props {
  investigationId: Id;
  indicators: Indicator[];
  /** The indicator open on the page: offered first as the existing one. */
  currentId: Id | null;
  onClose: () => void;
  onImported: (indicatorId: Id) => void;
}

type Target = { kind: 'new'; name: string; unit: MetricUnit | '' } | { kind: 'existing'; indicatorId: Id | '' };

type Step = { kind: 'choose' } | { kind: 'map'; uploadId: string; preview: CsvPreview; mapping: MappingDraft; reading: boolean; problem: string | null };

export function ImportCsvDialog({ investigationId, indicators, currentId, onClose, onImported }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const [target, setTarget] = useState<Target>(indicators.length > 0 ? { kind: 'existing', indicatorId: currentId ?? indicators[0]!.id } : { kind: 'new', name: '', unit: '' });
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const readSeq = useRef(0);
  const ids = { file: `${prefix}-file`, indicatorName: `${prefix}-name`, unit: `${prefix}-unit`, indicatorId: `${prefix}-indicator` };

  // Each later step starts at its heading, so a screen reader says where the clerk is (the first
  // starts in its first field, as every dialog does).
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step.kind]);

  const targetInput = () =>
    target.kind === 'existing' ? { indicatorId: target.indicatorId } : { indicatorName: target.name, ...(target.unit ? { unit: target.unit } : {}) };

  function checkTarget() {
    if (!file) throw new ApiError('invalid_input', 'Choose the CSV file to import.', { file: 'Choose the CSV file to import.' });
    if (target.kind === 'existing' && !target.indicatorId) throw new ApiError('invalid_input', 'Choose the indicator.', { indicatorId: 'Choose the indicator the figures are for.' });
    if (target.kind === 'new') {
      const problems: Record<string, string> = {};
      if (!target.name.trim()) problems.indicatorName = 'Name the new indicator.';
      if (!target.unit) problems.unit = 'Choose the unit of its figures.';
      if (Object.keys(problems).length > 0) throw new ApiError('invalid_input', Object.values(problems)[0]!, problems);
    }
  }

  async function onUpload(event: FormEvent) {
    event.preventDefault();
    await submit.run(async () => {
      checkTarget();
      const uploaded = await api.upload(file!.name, file!);
      let preview = await api.call('metrics.previewCsv', { uploadId: uploaded.uploadId, ...targetInput() });
      // Read straight away with the suggested columns, so the first thing shown is real rows.
      if (!preview.mapping && preview.suggestedMapping) {
        preview = await api.call('metrics.previewCsv', { uploadId: uploaded.uploadId, mapping: toMapping(draftFrom(preview.suggestedMapping, preview.columns)), ...targetInput() });
      }
      setStep({ kind: 'map', uploadId: uploaded.uploadId, preview, mapping: draftFrom(preview.mapping ?? preview.suggestedMapping, preview.columns), reading: false, problem: null });
    });
  }

  async function remap(mapping: MappingDraft) {
    if (step.kind !== 'map') return;
    const request = ++readSeq.current;
    setStep({ ...step, mapping, reading: true, problem: null });
    try {
      const preview = await api.call('metrics.previewCsv', { uploadId: step.uploadId, mapping: toMapping(mapping), ...targetInput() });
      if (readSeq.current === request) setStep((s) => (s.kind === 'map' ? { ...s, preview, reading: false } : s));
    } catch (error) {
      if (readSeq.current === request) setStep((s) => (s.kind === 'map' ? { ...s, reading: false, problem: describeError(error).message } : s));
    }
  }

  async function onImport() {
    if (step.kind !== 'map') return;
    const result: { done: { indicatorId: Id; imported: number; replaced: number } | null } = { done: null };
    const ok = await submit.run(async () => {
      result.done = await api.call('metrics.importCsv', {
        uploadId: step.uploadId,
        mapping: toMapping(step.mapping),
        investigationId,
        ...(target.kind === 'existing' ? { indicatorId: target.indicatorId } : { indicatorName: target.name, ...(target.unit ? { unit: target.unit } : {}) }),
      });
    });
    const done = result.done;
    if (!ok || !done) return;
    const name = target.kind === 'existing' ? (indicators.find((i) => i.id === target.indicatorId)?.name ?? 'the indicator') : target.name.trim();
    announce(`Imported ${count(done.imported, 'figure')} into “${name}”${done.replaced > 0 ? `, replacing ${count(done.replaced, 'figure')} already held` : ''}.`);
    onImported(done.indicatorId);
    onClose();
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) {
      setFile(dropped);
      announce(`${dropped.name} is ready to upload.`);
    }
  }

  return (
    <Modal title="Import figures from CSV" onClose={onClose} wide>
      {step.kind === 'choose' ? (
        <form onSubmit={onUpload} noValidate className="form">
          <h3 ref={stepHeading} tabIndex={-1} className="import-step">
            Step 1 of 2: the file and where its figures go
          </h3>
          <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
          <div
            className={dragging ? 'csv-drop csv-drop--active' : 'csv-drop'}
            onDragOver={(event) => {
              event.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            data-testid="csv-drop"
          >
            <Field id={ids.file} label="CSV file" hint="Drop the file here, or choose it. A header row, then one row per figure (or one column per period)." required error={fieldError(submit.fieldErrors, 'file')}>
              {(control) => <input {...control} type="file" accept=".csv,.txt,text/csv" className="input input--full" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />}
            </Field>
            <p className="csv-drop__chosen" aria-live="polite">
              {file ? `Chosen: ${file.name} (${formatBytes(file.size)})` : 'No file chosen yet.'}
            </p>
          </div>
          <fieldset className="fieldset">
            <legend>Where the figures go</legend>
            <div className="radio">
              <input
                type="radio"
                id={`${prefix}-existing`}
                name={`${prefix}-target`}
                checked={target.kind === 'existing'}
                disabled={indicators.length === 0}
                onChange={() => setTarget({ kind: 'existing', indicatorId: currentId ?? indicators[0]?.id ?? '' })}
              />
              <label htmlFor={`${prefix}-existing`}>An indicator already held{indicators.length === 0 ? ' (none yet)' : ''}</label>
            </div>
            <div className="radio">
              <input type="radio" id={`${prefix}-new`} name={`${prefix}-target`} checked={target.kind === 'new'} onChange={() => setTarget({ kind: 'new', name: '', unit: '' })} />
              <label htmlFor={`${prefix}-new`}>A new indicator</label>
            </div>
          </fieldset>
          {target.kind === 'existing' ? (
            <SelectField
              id={ids.indicatorId}
              label="Indicator"
              required
              value={target.indicatorId}
              onChange={(indicatorId) => setTarget({ kind: 'existing', indicatorId })}
              error={fieldError(submit.fieldErrors, 'indicatorId')}
              options={indicators.map((i) => ({ value: i.id, label: i.name }))}
            />
          ) : (
            <div className="field-row">
              <TextField id={ids.indicatorName} label="Name of the new indicator" required width="medium" value={target.name} onChange={(name) => setTarget({ ...target, name })} error={fieldError(submit.fieldErrors, 'indicatorName')} />
              <SelectField
                id={ids.unit}
                label="Unit"
                required
                value={target.unit}
                onChange={(unit) => setTarget({ ...target, unit: unit as MetricUnit | '' })}
                error={fieldError(submit.fieldErrors, 'unit')}
                options={[{ value: '', label: 'Choose a unit' }, ...METRIC_UNITS.map((u) => ({ value: u, label: UNIT_NAMES[u] }))]}
              />
            </div>
          )}
          <div className="form-actions">
            <button type="submit" className="button" disabled={submit.busy}>
              {submit.busy ? 'Reading the file…' : 'Upload and preview'}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="form form--wide">
          <h3 ref={stepHeading} tabIndex={-1} className="import-step">
            Step 2 of 2: check the columns and the rows
          </h3>
          <p>
            <strong>{step.preview.fileName}</strong>: {count(step.preview.totalRows, 'row')} after the header
            {step.preview.skippedRows > 0 ? `, ${count(step.preview.skippedRows, 'row')} left out by the filters` : ''}.
          </p>
          {step.preview.warnings.length > 0 ? (
            <div className="notice notice--warning">
              <ul>
                {step.preview.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <CsvMappingFields idPrefix={prefix} columns={step.preview.columns} mapping={step.mapping} onChange={remap} disabled={submit.busy} />
          {step.problem ? (
            <p className="notice notice--error" role="alert">
              {step.problem}
            </p>
          ) : null}
          <CsvPreviewTable preview={step.preview} reading={step.reading} />
          {submit.formError ? <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} /> : null}
          <div className="form-actions">
            <button type="button" className="button" disabled={!step.preview.importable || step.reading || submit.busy || step.problem !== null} aria-describedby={`${prefix}-why`} onClick={onImport}>
              {/* Rows of the file (figures, when one row holds a figure per period column). */}
              Import {step.mapping.extra.layout === 'wide' ? count(step.preview.figureCount, 'figure') : count(step.preview.totalRows - step.preview.skippedRows, 'row')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStep({ kind: 'choose' })}>
              Back
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
          <p className="muted" id={`${prefix}-why`}>
            {step.preview.importable
              ? step.preview.wouldReplace > 0
                ? `${count(step.preview.wouldReplace, 'figure')} already held for the same period and group will be replaced.`
                : 'Nothing held now is replaced.'
              : 'Importing is possible once every row is valid: correct the file, or change the columns above.'}
          </p>
        </div>
      )}
    </Modal>
  );
}
