/**
 * Recording (or editing) a member's dissent from a recommendation — the whole of it or one part —
 * or a reservation on a paragraph, with the member's words and the sources they cite. The
 * footnote that prints it is made by the workbench; the clerk never writes it by hand.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { ApiError } from '../../../../../shared/api/errors';
import { memberName } from '../../../../../shared/domain/labels';
import type { DraftObjection } from '../../../../../shared/report/objections';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextAreaField, TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { fieldError, useSubmit } from '../../../hooks/useSubmit';
import { SourcePicker } from '../../sources/SourcePicker';
import { opening } from '../draft-format';
import { useDraft } from '../DraftContext';
import { findRecommendation } from '../recommendations';

export type ObjectionTarget = { kind: 'dissent'; recommendationId: string } | { kind: 'reservation'; blockId: string };

interface CitationRow {
  key: number;
  sourceId: string;
  locator: string;
}

interface Props {
  existing?: DraftObjection;
  target?: ObjectionTarget;
  onClose: () => void;
}

export function ObjectionDialog({ existing, target, onClose }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const { overview, investigationId, data } = useDraft();
  const kind = existing?.kind ?? target!.kind;
  const recommendationId = existing?.recommendationId ?? (target?.kind === 'dissent' ? target.recommendationId : null);
  const blockId = existing?.blockId ?? (target?.kind === 'reservation' ? target.blockId : null);
  const recommendation = findRecommendation(data, overview, recommendationId);
  const sources = useApiQuery(`draft-sources:${investigationId}`, (client) => client.call('sources.list', { investigationId }), { investigationId, entities: ['source'] });

  const members = useMemo(
    () => overview.members.map((m) => ({ value: m.person.id, label: memberName(m.person, overview.committee) })).sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
    [overview],
  );
  const [memberId, setMemberId] = useState(existing?.memberPersonId ?? '');
  const [partId, setPartId] = useState(existing?.recommendationPartId ?? '');
  const [anchorText, setAnchorText] = useState(existing?.anchorText ?? '');
  const [text, setText] = useState(existing?.text ?? '');
  const [citations, setCitations] = useState<CitationRow[]>(() => (existing?.citations ?? []).map((c, key) => ({ key, sourceId: c.sourceId, locator: c.locator ?? '' })));
  const [nextKey, setNextKey] = useState(citations.length);

  const parts = [
    { value: '', label: 'The whole recommendation' },
    ...(recommendation?.parts ?? []).map((part) => ({ value: part.id, label: `The ${part.kind === 'bullet' ? 'bullet' : 'paragraph'} “${opening(part.text, 10)}”` })),
  ];
  const title = existing
    ? `Edit ${existing.memberName}’s ${kind}`
    : kind === 'dissent'
      ? `Record a dissent from Recommendation ${recommendation?.number ?? ''}`.trim()
      : 'Record a reservation on this paragraph';

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const cited = citations.filter((c) => c.sourceId).map((c) => ({ sourceId: c.sourceId, locator: c.locator.trim() || null }));
    const ok = await submit.run(async () => {
      if (existing) {
        await api.call('objections.update', {
          id: existing.id,
          text,
          citations: cited,
          ...(kind === 'dissent' ? { recommendationPartId: partId || null } : { anchorText: anchorText.trim() || null }),
        });
      } else if (kind === 'dissent') {
        if (!memberId) throw new ApiError('invalid_input', 'Choose the member who dissents.', { memberPersonId: 'Choose the member who dissents.' });
        await api.call('objections.create', { kind: 'dissent', memberPersonId: memberId, recommendationId: recommendationId!, recommendationPartId: partId || null, text, citations: cited });
      } else {
        if (!memberId) throw new ApiError('invalid_input', 'Choose the member whose reservation it is.', { memberPersonId: 'Choose the member whose reservation it is.' });
        await api.call('objections.create', { kind: 'reservation', memberPersonId: memberId, blockId: blockId!, anchorText: anchorText.trim() || null, text, citations: cited });
      }
    });
    if (ok) {
      announce(existing ? `${kind === 'dissent' ? 'Dissent' : 'Reservation'} saved; its footnotes follow.` : `${kind === 'dissent' ? 'Dissent' : 'Reservation'} recorded; its footnote is in the report.`);
      onClose();
    }
  };

  const errors = submit.fieldErrors;
  return (
    <Modal title={title} onClose={onClose} wide>
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={errors} fieldIds={{ memberPersonId: `${id}-member`, text: `${id}-text`, anchorText: `${id}-anchor`, recommendationPartId: `${id}-part` }} />
        {existing ? (
          <p>
            Member: <strong>{existing.memberName}</strong>
          </p>
        ) : (
          <SelectField id={`${id}-member`} label="Member" required value={memberId} onChange={setMemberId} options={[{ value: '', label: 'Choose a member' }, ...members]} error={fieldError(errors, 'memberPersonId')} />
        )}
        {kind === 'dissent' ? (
          <SelectField id={`${id}-part`} label="What they dissent from" required value={partId} onChange={setPartId} options={parts} error={fieldError(errors, 'recommendationPartId')} />
        ) : (
          <TextField
            id={`${id}-anchor`}
            label="The words it is about"
            hint="Copied exactly from the paragraph: its footnote is printed straight after them. Leave empty to print it at the end of the paragraph."
            value={anchorText}
            onChange={setAnchorText}
            error={fieldError(errors, 'anchorText')}
          />
        )}
        <TextAreaField id={`${id}-text`} label="The member’s words" hint="Printed as the footnote, as written." required rows={5} value={text} onChange={setText} error={fieldError(errors, 'text')} />
        <fieldset className="fieldset">
          <legend>Sources cited</legend>
          {citations.length === 0 ? <p className="field__hint">None. Citations are printed after the member’s words.</p> : null}
          {citations.map((citation, index) => (
            <div key={citation.key} className="draft-citation-row">
              <SourcePicker
                id={`${id}-source-${citation.key}`}
                label={`Source ${index + 1}`}
                value={citation.sourceId}
                sources={sources.data ?? []}
                onChange={(sourceId) => setCitations((rows) => rows.map((row) => (row.key === citation.key ? { ...row, sourceId } : row)))}
                error={fieldError(errors, `citations.${index}.sourceId`)}
              />
              <TextField
                id={`${id}-locator-${citation.key}`}
                label={`Page or section of source ${index + 1}`}
                width="short"
                value={citation.locator}
                onChange={(locator) => setCitations((rows) => rows.map((row) => (row.key === citation.key ? { ...row, locator } : row)))}
              />
              <button type="button" className="button button--small button--quiet-danger" onClick={() => setCitations((rows) => rows.filter((row) => row.key !== citation.key))}>
                Remove source {index + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => {
              setCitations((rows) => [...rows, { key: nextKey, sourceId: '', locator: '' }]);
              setNextKey((k) => k + 1);
            }}
          >
            Add a source
          </button>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {existing ? 'Save' : kind === 'dissent' ? 'Record the dissent' : 'Record the reservation'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
