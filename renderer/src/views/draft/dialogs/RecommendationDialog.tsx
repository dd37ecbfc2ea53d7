/**
 * Writing a recommendation: its text as parts (paragraphs and bullets, in order), who it is
 * addressed to, and when a response or action is due. Its number is never typed: it follows from
 * where the recommendation sits in the report. Editing keeps each part's identity, so a member's
 * dissent stays on the part they dissent from.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Recommendation, RecommendationPartKind } from '../../../../../shared/domain/types';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { DateField, SelectField, TextAreaField, TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { fieldError, useSubmit } from '../../../hooks/useSubmit';
import type { BlockPlacement } from './useBlockSave';

interface PartRow {
  key: string;
  id?: string;
  kind: RecommendationPartKind;
  text: string;
}

const KINDS = [
  { value: 'paragraph', label: 'Paragraph' },
  { value: 'bullet', label: 'Bullet' },
];

interface Props {
  existing?: Recommendation;
  /** Where a new one goes. */
  placement?: BlockPlacement;
  /** Where it goes, in words: "before Recommendation 3 in “Performance monitoring…”". */
  where?: string;
  onClose: () => void;
  onCreated?: (result: { blockId: string; number: number }) => void;
}

export function RecommendationDialog({ existing, placement, where, onClose, onCreated }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const [parts, setParts] = useState<PartRow[]>(() =>
    existing ? existing.parts.map((p) => ({ key: p.id, id: p.id, kind: p.kind, text: p.text })) : [{ key: 'new-0', kind: 'paragraph', text: '' }],
  );
  const [nextKey, setNextKey] = useState(1);
  const [addressee, setAddressee] = useState(existing?.addressee ?? '');
  const [dueOn, setDueOn] = useState(existing?.dueOn ?? '');
  const [dueNote, setDueNote] = useState(existing?.dueNote ?? '');
  const dissentedParts = new Set((existing?.dissents ?? []).flatMap((d) => (d.recommendationPartId ? [d.recommendationPartId] : [])));

  const update = (key: string, patch: Partial<PartRow>) => setParts((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  const add = (kind: RecommendationPartKind) => {
    setParts((rows) => [...rows, { key: `new-${nextKey}`, kind, text: '' }]);
    setNextKey((k) => k + 1);
  };
  const move = (index: number, by: -1 | 1) =>
    setParts((rows) => {
      const next = [...rows];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const body = parts.filter((p) => p.text.trim() !== '' || p.id).map((p) => ({ ...(p.id ? { id: p.id } : {}), kind: p.kind, text: p.text }));
    const details = { addressee: addressee.trim() || null, dueOn: dueOn || null, dueNote: dueNote.trim() || null };
    const outcome: { created: { blockId: string; number: number } | null } = { created: null };
    const ok = await submit.run(async () => {
      if (existing) {
        await api.call('recommendations.update', { id: existing.id, parts: body, ...details });
      } else {
        const result = await api.call('recommendations.create', {
          chapterId: placement!.chapterId,
          sectionId: placement!.sectionId,
          position: placement!.position,
          parts: body.map(({ kind, text }) => ({ kind, text })),
          ...details,
        });
        outcome.created = { blockId: result.blockId, number: result.number };
      }
    });
    if (!ok) return;
    if (outcome.created) {
      announce(`Recommendation ${outcome.created.number} added; the recommendations after it are renumbered.`);
      onCreated?.(outcome.created);
    } else announce(`Recommendation ${existing!.number} saved.`);
    onClose();
  };

  const errors = submit.fieldErrors;
  return (
    <Modal title={existing ? `Edit Recommendation ${existing.number}` : 'Add a recommendation'} onClose={onClose} wide>
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={errors} fieldIds={{ parts: `${id}-part-0`, addressee: `${id}-addressee`, dueOn: `${id}-due`, dueNote: `${id}-note` }} />
        {where ? <p className="lead">It goes {where}, and takes its number from there.</p> : null}
        <fieldset className="fieldset">
          <legend>Its text</legend>
          <ol className="draft-parts">
            {parts.map((part, index) => (
              <li key={part.key} className="draft-part">
                <SelectField id={`${id}-kind-${index}`} label={`Part ${index + 1} is a`} required value={part.kind} onChange={(kind) => update(part.key, { kind: kind as RecommendationPartKind })} options={KINDS} />
                <TextAreaField
                  id={`${id}-part-${index}`}
                  label={`Text of part ${index + 1}`}
                  hint={part.id && dissentedParts.has(part.id) ? 'A member dissents from this part: it stays on it when reworded.' : undefined}
                  required
                  rows={part.kind === 'bullet' ? 2 : 4}
                  value={part.text}
                  onChange={(text) => update(part.key, { text })}
                  error={fieldError(errors, `parts.${index}.text`)}
                />
                <div className="draft-part__actions">
                  <button type="button" className="button button--small button--secondary" disabled={index === 0} onClick={() => move(index, -1)}>
                    Move part {index + 1} up
                  </button>
                  <button type="button" className="button button--small button--secondary" disabled={index === parts.length - 1} onClick={() => move(index, 1)}>
                    Move part {index + 1} down
                  </button>
                  <button type="button" className="button button--small button--quiet-danger" disabled={parts.length === 1} onClick={() => setParts((rows) => rows.filter((row) => row.key !== part.key))}>
                    Remove part {index + 1}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <div className="form-actions">
            <button type="button" className="button button--small button--secondary" onClick={() => add('paragraph')}>
              Add a paragraph
            </button>
            <button type="button" className="button button--small button--secondary" onClick={() => add('bullet')}>
              Add a bullet
            </button>
          </div>
        </fieldset>
        <TextField id={`${id}-addressee`} label="Addressed to" hint="For example MOPAC, the Met, the Mayor." value={addressee} onChange={setAddressee} error={fieldError(errors, 'addressee')} width="medium" />
        <DateField id={`${id}-due`} label="Due by" value={dueOn} onChange={setDueOn} error={fieldError(errors, 'dueOn')} />
        <TextField id={`${id}-note`} label="Note on the due date" hint="As the report puts it: “by the end of Q1 2025-26”." value={dueNote} onChange={setDueNote} error={fieldError(errors, 'dueNote')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {existing ? 'Save the recommendation' : 'Add the recommendation'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
