/** Edits an investigation's title, status, dates, summary and terms of reference in one save. */
import { useId, useState, type FormEvent } from 'react';
import { INVESTIGATION_STATUS_LABELS } from '../../../../shared/domain/labels';
import { INVESTIGATION_STATUSES, type Investigation, type InvestigationStatus } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { ErrorSummary } from '../../components/ErrorSummary';
import { DateField, SelectField, TextAreaField, TextField } from '../../components/Field';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { newTerm, TermsOfReferenceEditor, type TermDraft } from './TermsOfReferenceEditor';

const STATUS_OPTIONS = INVESTIGATION_STATUSES.map((value) => ({ value, label: INVESTIGATION_STATUS_LABELS[value] }));

interface Props {
  investigation: Investigation;
  onSaved: () => void;
  onCancel: () => void;
}

export function DetailsForm({ investigation, onSaved, onCancel }: Props) {
  const api = useApi();
  const submit = useSubmit();
  const prefix = useId();
  const [title, setTitle] = useState(investigation.title);
  const [status, setStatus] = useState<InvestigationStatus>(investigation.status);
  const [startedOn, setStartedOn] = useState(investigation.startedOn ?? '');
  const [publishedOn, setPublishedOn] = useState(investigation.publishedOn ?? '');
  const [summary, setSummary] = useState(investigation.summary);
  const [terms, setTerms] = useState<TermDraft[]>(() => investigation.termsOfReference.map((text) => newTerm(text)));

  const ids = {
    title: `${prefix}-title`,
    status: `${prefix}-status`,
    startedOn: `${prefix}-started`,
    publishedOn: `${prefix}-published`,
    summary: `${prefix}-summary`,
    ...Object.fromEntries(terms.map((term, index) => [`termsOfReference.${index}`, `${prefix}-term-${term.key}`])),
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(() =>
      api.call('investigations.update', {
        id: investigation.id,
        title,
        status,
        startedOn: startedOn === '' ? null : startedOn,
        publishedOn: publishedOn === '' ? null : publishedOn,
        summary,
        termsOfReference: terms.map((term) => term.text),
      }),
    );
    if (ok) onSaved();
  }

  return (
    <form className="form panel" onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>Edit details</h2>
      <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
      <TextField id={ids.title} label="Title" required value={title} onChange={setTitle} error={fieldError(submit.fieldErrors, 'title')} />
      <SelectField
        id={ids.status}
        label="Status"
        required
        value={status}
        onChange={(value) => setStatus(value as InvestigationStatus)}
        options={STATUS_OPTIONS}
        error={fieldError(submit.fieldErrors, 'status')}
      />
      <div className="field-row">
        <DateField
          id={ids.startedOn}
          label="Start date"
          value={startedOn}
          onChange={setStartedOn}
          error={fieldError(submit.fieldErrors, 'startedOn')}
        />
        <DateField
          id={ids.publishedOn}
          label="Publication date"
          value={publishedOn}
          onChange={setPublishedOn}
          error={fieldError(submit.fieldErrors, 'publishedOn')}
        />
      </div>
      <TextAreaField
        id={ids.summary}
        label="Summary"
        hint="A few sentences on what the investigation is about. Leave a blank line between paragraphs."
        rows={6}
        value={summary}
        onChange={setSummary}
        error={fieldError(submit.fieldErrors, 'summary')}
      />
      <TermsOfReferenceEditor idPrefix={prefix} terms={terms} onChange={setTerms} fieldErrors={submit.fieldErrors} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={submit.busy}>
          {submit.busy ? 'Saving…' : 'Save details'}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
