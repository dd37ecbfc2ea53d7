/**
 * Choosing one source from a register of hundreds: words typed in "Find a source" narrow the
 * list below it (publisher, title, link, kind). The chosen source always stays in the list, so
 * the choice is never hidden by a search.
 */
import { useMemo, useState } from 'react';
import type { Source } from '../../../../shared/domain/sources';
import { Field } from '../../components/Field';
import { filterSources, sourceName, bySourceName } from './source-rows';
import { SOURCE_KIND_NAMES } from './sources-format';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (sourceId: string) => void;
  sources: Source[];
  error?: string | undefined;
  required?: boolean;
  /** The words for "no source", when none is allowed. */
  noneLabel?: string;
}

export function SourcePicker({ id, label, value, onChange, sources, error, required, noneLabel }: Props) {
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => [...sources].sort(bySourceName), [sources]);
  const shown = useMemo(() => {
    const matching = query.trim() ? filterSources(sorted, { query, kind: '', publisher: '' }) : sorted;
    const chosen = sorted.find((s) => s.id === value);
    return chosen && !matching.includes(chosen) ? [chosen, ...matching] : matching;
  }, [sorted, query, value]);
  const hiddenCount = sorted.length - shown.length;

  return (
    <div className="source-picker">
      <div className="field source-picker__find">
        <label htmlFor={`${id}-find`}>
          Find a source<span className="visually-hidden"> for {label.toLowerCase()}</span>
        </label>
        <input
          id={`${id}-find`}
          className="input input--medium"
          type="search"
          value={query}
          aria-describedby={`${id}-found`}
          onChange={(event) => {
            const next = event.target.value;
            setQuery(next);
            // With one match left, choose it: typing "Monthly Crime" is enough.
            const matches = next.trim() ? filterSources(sorted, { query: next, kind: '', publisher: '' }) : [];
            if (matches.length === 1 && matches[0]!.id !== value) onChange(matches[0]!.id);
          }}
        />
        <p className="field__hint" id={`${id}-found`} aria-live="polite">
          {query.trim() ? (hiddenCount > 0 ? `${shown.length.toLocaleString('en-GB')} of ${sorted.length.toLocaleString('en-GB')} sources listed.` : 'Every source listed.') : ''}
        </p>
      </div>
      <Field id={id} label={label} error={error} required={required ?? false} markOptional={!required}>
        {(control) => (
          <select {...control} className="input input--full" value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{noneLabel ?? 'Choose a source'}</option>
            {shown.map((source) => (
              <option key={source.id} value={source.id}>
                {sourceName(source)} ({SOURCE_KIND_NAMES[source.kind]})
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
