/**
 * Terms of reference as an editable, reorderable list. Move buttons use aria-disabled rather than
 * disabled so that focus is never dropped when an item reaches the top or bottom, and focus
 * follows the item that moved.
 */
import { useEffect, useRef } from 'react';
import { Field } from '../../components/Field';
import { useAnnounce } from '../../components/Announcer';
import type { FieldErrors } from '../../hooks/useSubmit';

export interface TermDraft {
  key: string;
  text: string;
}

let nextKey = 0;
export function newTerm(text = ''): TermDraft {
  nextKey += 1;
  return { key: `term-${nextKey}`, text };
}

interface Props {
  idPrefix: string;
  terms: TermDraft[];
  onChange: (terms: TermDraft[]) => void;
  fieldErrors: FieldErrors;
}

export function TermsOfReferenceEditor({ idPrefix, terms, onChange, fieldErrors }: Props) {
  const announce = useAnnounce();
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const textId = (key: string) => `${idPrefix}-term-${key}`;
  const buttonId = (action: string, key: string) => `${idPrefix}-${action}-${key}`;

  function move(index: number, by: -1 | 1, action: 'up' | 'down') {
    const target = index + by;
    if (target < 0 || target >= terms.length) return;
    const next = [...terms];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(target, 0, item);
    // Stay on the same button unless the item has reached the end, then use the other one.
    const stillPossible = action === 'up' ? target > 0 : target < terms.length - 1;
    pendingFocus.current = buttonId(stillPossible ? action : action === 'up' ? 'down' : 'up', item.key);
    onChange(next);
    announce(`Term ${index + 1} moved ${action} to position ${target + 1}.`);
  }

  function remove(index: number) {
    const next = terms.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    pendingFocus.current = neighbour ? textId(neighbour.key) : `${idPrefix}-add-term`;
    onChange(next);
    announce(`Term ${index + 1} removed. Save to keep the change.`);
  }

  function add() {
    const term = newTerm();
    pendingFocus.current = textId(term.key);
    onChange([...terms, term]);
  }

  return (
    <fieldset className="fieldset">
      <legend>Terms of reference</legend>
      <p className="field__hint">What the investigation sets out to examine, in the order the report lists them.</p>
      {terms.length === 0 ? <p className="empty">No terms of reference yet.</p> : null}
      <ol className="terms-editor">
        {terms.map((term, index) => {
          const error = fieldErrors[`termsOfReference.${index}`];
          return (
            <li key={term.key} className="terms-editor__item">
              <Field id={textId(term.key)} label={`Term ${index + 1}`} error={error} required>
                {(control) => (
                  <textarea
                    {...control}
                    className="input input--full"
                    rows={2}
                    value={term.text}
                    onChange={(event) => onChange(terms.map((t) => (t.key === term.key ? { ...t, text: event.target.value } : t)))}
                  />
                )}
              </Field>
              <div className="terms-editor__actions">
                <button
                  type="button"
                  id={buttonId('up', term.key)}
                  className="button button--small button--secondary"
                  aria-disabled={index === 0 ? true : undefined}
                  onClick={() => move(index, -1, 'up')}
                >
                  Move up<span className="visually-hidden"> term {index + 1}</span>
                </button>
                <button
                  type="button"
                  id={buttonId('down', term.key)}
                  className="button button--small button--secondary"
                  aria-disabled={index === terms.length - 1 ? true : undefined}
                  onClick={() => move(index, 1, 'down')}
                >
                  Move down<span className="visually-hidden"> term {index + 1}</span>
                </button>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => remove(index)}>
                  Remove<span className="visually-hidden"> term {index + 1}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${idPrefix}-add-term`} className="button button--secondary" onClick={add}>
        Add a term of reference
      </button>
    </fieldset>
  );
}
