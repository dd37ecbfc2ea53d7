/**
 * Choosing what to compare: a saved version, and another saved version or the current draft.
 * The choice lives in the address (…?view=versions&from=…&to=…) so a reload keeps the comparison.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Id } from '../../../../../shared/domain/types';
import { CURRENT_DRAFT, CURRENT_DRAFT_NAME, type ReportVersion } from '../../../../../shared/domain/versions';
import { savedAt } from './versions-format';

interface Props {
  versions: ReportVersion[];
  chosen: { fromId: Id; toId: Id } | null;
  onCompare: (fromId: Id, toId: Id) => void;
}

export function CompareForm({ versions, chosen, onCompare }: Props) {
  const ids = useId();
  // Defaults: the newest version against the report as it reads now.
  const [fromId, setFromId] = useState<Id>(chosen?.fromId ?? versions[0]?.id ?? '');
  const [toId, setToId] = useState<Id>(chosen?.toId ?? CURRENT_DRAFT);
  useEffect(() => {
    if (chosen) {
      setFromId(chosen.fromId);
      setToId(chosen.toId);
    }
  }, [chosen?.fromId, chosen?.toId]);
  // A deleted version cannot stay chosen.
  useEffect(() => {
    if (!versions.some((v) => v.id === fromId)) setFromId(versions[0]?.id ?? '');
    if (toId !== CURRENT_DRAFT && !versions.some((v) => v.id === toId)) setToId(CURRENT_DRAFT);
  }, [versions, fromId, toId]);

  const options = versions.map((v) => ({ value: v.id, label: `${v.name} (${savedAt(v.createdAt)})` }));
  const same = fromId === toId;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (fromId && !same) onCompare(fromId, toId);
  }

  return (
    <form className="compare-form" onSubmit={onSubmit} noValidate>
      <div className="field">
        <label htmlFor={`${ids}-from`}>Compare</label>
        <select id={`${ids}-from`} className="input input--medium" value={fromId} onChange={(event) => setFromId(event.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${ids}-to`}>With</label>
        <select
          id={`${ids}-to`}
          className="input input--medium"
          value={toId}
          aria-invalid={same ? true : undefined}
          aria-describedby={same ? `${ids}-same` : undefined}
          onChange={(event) => setToId(event.target.value)}
        >
          <option value={CURRENT_DRAFT}>{CURRENT_DRAFT_NAME} (the report as it reads now)</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="compare-form__actions">
        <button type="submit" className="button" disabled={!fromId || same}>
          Compare
        </button>
      </div>
      {same ? (
        <p className="field__error compare-form__same" id={`${ids}-same`}>
          Choose two different versions, or compare with the current draft.
        </p>
      ) : null}
    </form>
  );
}
