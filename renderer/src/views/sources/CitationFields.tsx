/** One citation in the footnote editor: its source and how it is cited, with its own errors. */
import type { Source } from '../../../../shared/domain/sources';
import { SelectField, TextField } from '../../components/Field';
import type { FieldErrors } from '../../hooks/useSubmit';
import type { CitationDraft } from './citation-draft';
import { SourcePicker } from './SourcePicker';

interface Props {
  idPrefix: string;
  index: number;
  total: number;
  citation: CitationDraft;
  sources: Source[];
  errors: FieldErrors;
  onChange: (patch: Partial<CitationDraft>) => void;
  onRemove: () => void;
  onMove: (by: number) => void;
}

const STYLE_OPTIONS = [
  { value: 'full', label: 'Full reference (publisher, title, date, locator)' },
  { value: 'title', label: 'Title only, as a link' },
];

export function CitationFields({ idPrefix, index, total, citation, sources, errors, onChange, onRemove, onMove }: Props) {
  const n = index + 1;
  // Only this citation's own errors: "citations.1.locator" belongs to the second citation, not the first.
  const error = (field: string) => errors[`citations.${index}.${field}`];
  const last = index === total - 1;
  return (
    <fieldset className="citation-fields">
      <legend id={`${idPrefix}-legend`} tabIndex={-1}>
        Citation {n}
      </legend>
      <SourcePicker id={`${idPrefix}-sourceId`} label={`Source of citation ${n}`} value={citation.sourceId} onChange={(sourceId) => onChange({ sourceId })} sources={sources} error={error('sourceId')} required />
      <div className="field-row">
        <TextField id={`${idPrefix}-locator`} label="Locator" hint="“p.38”, “p.10-11”, “Section 6”." width="short" value={citation.locator} onChange={(locator) => onChange({ locator })} error={error('locator')} />
        <SelectField id={`${idPrefix}-style`} label="Style" required value={citation.style} onChange={(style) => onChange({ style: style as CitationDraft['style'] })} error={error('style')} options={STYLE_OPTIONS} />
      </div>
      <div className="field-row">
        <TextField id={`${idPrefix}-label`} label="Link text" hint="The linked words, when they are not the source’s title." width="medium" value={citation.label} onChange={(label) => onChange({ label })} error={error('label')} />
        <TextField
          id={`${idPrefix}-accessedOn`}
          label="Accessed"
          hint="When this citation’s date differs from the source’s: “25 February 2025”."
          width="short"
          value={citation.accessedOn}
          onChange={(accessedOn) => onChange({ accessedOn })}
          error={error('accessedOn')}
        />
      </div>
      {!last ? (
        <TextField
          id={`${idPrefix}-joiner`}
          label="Words before the next citation"
          hint="With their spaces: “, ” or “ and ”."
          width="short"
          value={citation.joiner}
          onChange={(joiner) => onChange({ joiner })}
          error={error('joiner')}
        />
      ) : null}
      <div className="toolbar citation-fields__actions">
        <button type="button" id={`${idPrefix}-up`} className="button button--small button--secondary" disabled={index === 0} onClick={() => onMove(-1)}>
          Move up<span className="visually-hidden"> citation {n}</span>
        </button>
        <button type="button" id={`${idPrefix}-down`} className="button button--small button--secondary" disabled={last} onClick={() => onMove(1)}>
          Move down<span className="visually-hidden"> citation {n}</span>
        </button>
        <button type="button" className="button button--small button--quiet-danger" onClick={onRemove}>
          Remove citation {n}
        </button>
      </div>
    </fieldset>
  );
}
