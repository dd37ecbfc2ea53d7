/**
 * Members' dissents and reservations where they apply in the draft: under the paragraph a
 * reservation qualifies, beside the part of a recommendation a dissent is from. Each shows the
 * footnote numbers it prints as, and can be edited or withdrawn.
 */
import { useState } from 'react';
import type { DraftObjection } from '../../../../../shared/report/objections';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ObjectionDialog } from '../dialogs/ObjectionDialog';
import { useDraft } from '../DraftContext';

function numbersOf(objection: DraftObjection, printed: ReadonlyMap<string, number[]>): string {
  const numbers = printed.get(objection.id) ?? [];
  if (numbers.length === 0) return '';
  return numbers.length === 1 ? `footnote ${numbers[0]}` : `footnotes ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

export function ObjectionList({ objections, partName }: { objections: DraftObjection[]; partName?: (partId: string | null) => string }) {
  const api = useApi();
  const announce = useAnnounce();
  const { data } = useDraft();
  const [editing, setEditing] = useState<DraftObjection | null>(null);
  const [withdrawing, setWithdrawing] = useState<DraftObjection | null>(null);
  if (objections.length === 0) return null;
  const printed = new Map<string, number[]>();
  for (const footnote of data.model.footnotes) {
    if (footnote.objectionId) printed.set(footnote.objectionId, [...(printed.get(footnote.objectionId) ?? []), footnote.number]);
  }

  return (
    <>
    <ul className="draft-objections">
      {objections.map((objection) => {
        const where = numbersOf(objection, printed);
        return (
          <li key={objection.id} className={`draft-objection draft-objection--${objection.kind}`}>
            <p className="draft-objection__label">
              <strong>
                {objection.kind === 'dissent' ? 'Dissent' : 'Reservation'}: {objection.memberName}
              </strong>
              {objection.kind === 'dissent' && partName ? ` — ${partName(objection.recommendationPartId)}` : null}
              {objection.kind === 'reservation' && objection.anchorText ? ` — on “${objection.anchorText}”` : null}
              {where ? <span className="draft-objection__where"> (printed as {where})</span> : null}
            </p>
            <p className="draft-objection__text">{objection.text}</p>
            <div className="draft-objection__actions">
              <button type="button" className="button button--small button--secondary" onClick={() => setEditing(objection)}>
                Edit<span className="visually-hidden"> {objection.memberName}’s {objection.kind}</span>
              </button>
              <button type="button" className="button button--small button--quiet-danger" onClick={() => setWithdrawing(objection)}>
                Withdraw<span className="visually-hidden"> {objection.memberName}’s {objection.kind}</span>
              </button>
            </div>
          </li>
        );
      })}
    </ul>
      {editing ? <ObjectionDialog existing={editing} onClose={() => setEditing(null)} /> : null}
      {withdrawing ? (
        <ConfirmDialog
          title={`Withdraw ${withdrawing.memberName}’s ${withdrawing.kind}?`}
          confirmLabel={`Withdraw the ${withdrawing.kind}`}
          onConfirm={() => api.call('objections.delete', { id: withdrawing.id })}
          onDone={() => announce(`${withdrawing.memberName}’s ${withdrawing.kind} withdrawn; its footnotes are taken out of the report.`)}
          onClose={() => setWithdrawing(null)}
        >
          <p>Its footnotes are taken out of the report wherever it is printed, and later footnotes renumber.</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
