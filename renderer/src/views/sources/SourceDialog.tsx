/**
 * Adding a source to the register, or changing one. The contract checks every field; its
 * messages (a link that is not a web address, a date that is not a date) show next to the fields.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Source } from '../../../../shared/domain/sources';
import { SOURCE_KINDS, type Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { formatPartialDate, SOURCE_KIND_NAMES, toPartialIso } from './sources-format';
import { sourceName } from './source-rows';

interface Props {
  investigationId: Id;
  /** Null to add a new source. */
  source: Source | null;
  all: Source[];
  onClose: () => void;
  onSaved: (id: Id) => void;
}

const DATE_HINT = 'As precise as the source is dated: “18 December 2024”, “18/12/2024”, “March 2023” or “2024”.';

export function SourceDialog({ investigationId, source, all, onClose, onSaved }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [values, setValues] = useState({
    kind: source?.kind ?? '',
    publisher: source?.publisher ?? '',
    title: source?.title ?? '',
    url: source?.url ?? '',
    publishedOn: formatPartialDate(source?.publishedOn),
    accessedOn: formatPartialDate(source?.accessedOn),
    notes: source?.notes ?? '',
  });
  const ids = {
    kind: `${prefix}-kind`,
    publisher: `${prefix}-publisher`,
    title: `${prefix}-title`,
    url: `${prefix}-url`,
    publishedOn: `${prefix}-published`,
    accessedOn: `${prefix}-accessed`,
    notes: `${prefix}-notes`,
  };
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Written inside the action: a holder, since TypeScript cannot see assignments in the closure.
    const result: { id: Id | null; duplicates: Id[] } = { id: null, duplicates: [] };
    const ok = await submit.run(async () => {
      // No kind chosen is sent as it is: the contract names every missing field in one answer.
      const kind = values.kind as Source['kind'];
      const fields = {
        kind,
        publisher: values.publisher,
        title: values.title,
        url: values.url,
        publishedOn: toPartialIso(values.publishedOn),
        accessedOn: toPartialIso(values.accessedOn),
        notes: values.notes,
      };
      if (source) {
        result.id = (await api.call('sources.update', { id: source.id, ...fields })).id;
      } else {
        const created = await api.call('sources.create', { investigationId, ...fields });
        result.id = created.id;
        result.duplicates = created.likelyDuplicateIds;
      }
    });
    const { id: savedId, duplicates } = result;
    if (!ok || savedId === null) return;
    const title = values.title.trim();
    if (duplicates.length > 0) {
      const names = duplicates.map((id) => all.find((s) => s.id === id)).filter((s): s is Source => s !== undefined).map((s) => `“${sourceName(s)}”`);
      announce(`Added “${title}”. It looks like a duplicate of ${names.join(' and ') || 'another source'}: see Likely duplicates.`);
    } else {
      announce(source ? `Saved “${title}”.` : `Added “${title}” to the register.`);
    }
    onSaved(savedId);
    onClose();
  }

  const error = (path: string) => fieldError(submit.fieldErrors, path);
  return (
    <Modal title={source ? `Edit “${source.title}”` : 'Add a source'} onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <SelectField
          id={ids.kind}
          label="Kind"
          required
          value={values.kind}
          onChange={set('kind')}
          error={error('kind')}
          options={[{ value: '', label: 'Choose a kind' }, ...SOURCE_KINDS.map((kind) => ({ value: kind, label: SOURCE_KIND_NAMES[kind] }))]}
        />
        <TextField id={ids.publisher} label="Publisher or author" hint="“MOPAC”, “Metropolitan Police”, “BBC News”." value={values.publisher} onChange={set('publisher')} error={error('publisher')} />
        <TextField id={ids.title} label="Title" required value={values.title} onChange={set('title')} error={error('title')} />
        <TextField id={ids.url} label="Link" hint="A web address starting https:// or http://." value={values.url} onChange={set('url')} error={error('url')} />
        <div className="field-row">
          <TextField id={ids.publishedOn} label="Date published" hint={DATE_HINT} width="short" value={values.publishedOn} onChange={set('publishedOn')} error={error('publishedOn')} />
          <TextField id={ids.accessedOn} label="Date accessed" hint="For dashboards and web pages: the day the figures were read." width="short" value={values.accessedOn} onChange={set('accessedOn')} error={error('accessedOn')} />
        </div>
        <TextAreaField id={ids.notes} label="Notes" rows={3} value={values.notes} onChange={set('notes')} error={error('notes')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {source ? 'Save source' : 'Add source'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
