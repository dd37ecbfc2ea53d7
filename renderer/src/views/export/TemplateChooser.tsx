/**
 * The committee's own Word template (optional): chosen or dropped, sent to the backend, and its
 * styles checked against those the export uses. The clerk sees which it has and which it lacks,
 * and chooses whether the export uses the built-in style for a missing one or stops.
 */
import { useId, useImperativeHandle, useRef, type Ref } from 'react';
import type { TemplateCheck } from '../../../../shared/domain/export';
import { useApi } from '../../api/WorkbenchContext';
import { count } from '../../format/plural';
import { describeError } from '../../hooks/useSubmit';
import { formatBytes } from './export-format';

export type TemplateState =
  | { kind: 'none' }
  | { kind: 'checking'; file: File }
  | { kind: 'checked'; file: File; check: TemplateCheck }
  | { kind: 'failed'; file: File; message: string };

export type MissingStyles = 'fallback' | 'stop';

export interface TemplateChooserHandle {
  /** A file dropped on the page. */
  take(file: File): void;
}

interface Props {
  template: TemplateState;
  onTemplate: (next: TemplateState) => void;
  onMissing: MissingStyles;
  onMissingChange: (next: MissingStyles) => void;
  /** True while an export runs: the template cannot change under it. */
  locked: boolean;
  ref?: Ref<TemplateChooserHandle>;
}

export function TemplateChooser({ template, onTemplate, onMissing, onMissingChange, locked, ref }: Props) {
  const api = useApi();
  const prefix = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Only the latest file's check may land: a slow check of an earlier file is dropped.
  const latest = useRef(0);

  async function check(file: File) {
    const ticket = ++latest.current;
    onTemplate({ kind: 'checking', file });
    try {
      const uploaded = await api.upload(file.name, file);
      const result = await api.call('export.checkTemplate', { uploadId: uploaded.uploadId });
      if (ticket === latest.current) onTemplate({ kind: 'checked', file, check: result });
    } catch (error) {
      if (ticket === latest.current) onTemplate({ kind: 'failed', file, message: describeError(error).message });
    }
  }

  function clear() {
    latest.current += 1;
    onTemplate({ kind: 'none' });
  }

  useImperativeHandle(ref, () => ({ take: (file) => void check(file) }));

  const file = template.kind === 'none' ? null : template.file;

  return (
    <div className="export-template">
      <p>
        Leave this empty to use the workbench’s house style. To use the committee’s own Word template, drop it (a .docx file) anywhere on
        this page or choose it: its styles (Title, Heading 1, Quote…) are used, and the workbench says which of the styles it needs the
        template lacks.
      </p>
      <input
        ref={inputRef}
        type="file"
        accept=".docx"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="template-file-input"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          // Choosing the same file again (after editing it in Word) must still fire a change.
          event.target.value = '';
          if (chosen) void check(chosen);
        }}
      />
      <div className="file-choice">
        <p className={file ? 'file-choice__name' : 'file-choice__name muted'} id={`${prefix}-file`}>
          {file ? (
            <>
              {file.name} <span className="muted">({formatBytes(file.size)})</span>
            </>
          ) : (
            'No template: the built-in house style.'
          )}
        </p>
        <button
          type="button"
          className="button button--secondary"
          disabled={locked}
          aria-describedby={`${prefix}-file`}
          onClick={() => inputRef.current?.click()}
        >
          {file ? 'Choose a different template…' : 'Choose a template…'}
        </button>
        {file ? (
          <button type="button" className="button button--quiet" disabled={locked} onClick={clear}>
            Use no template
          </button>
        ) : null}
      </div>

      <div role="status" aria-live="polite" className="export-template__status">
        {template.kind === 'checking' ? <p>Checking the styles in {template.file.name}…</p> : null}
        {template.kind === 'checked' ? <StylesSummary check={template.check} /> : null}
      </div>

      {template.kind === 'failed' ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{template.file.name} cannot be used as a template.</strong>
          </p>
          <p>{template.message}</p>
        </div>
      ) : null}

      {template.kind === 'checked' ? (
        <>
          <StyleLists check={template.check} prefix={prefix} />
          {template.check.missingStyles.length > 0 ? (
            <fieldset className="fieldset export-template__choice" disabled={locked} aria-describedby={`${prefix}-missing`}>
              <legend>When the export needs a style the template lacks</legend>
              <div className="radio">
                <input
                  type="radio"
                  id={`${prefix}-fallback`}
                  name={`${prefix}-missing-styles`}
                  checked={onMissing === 'fallback'}
                  onChange={() => onMissingChange('fallback')}
                />
                <label htmlFor={`${prefix}-fallback`}>Use the built-in style for the missing ones</label>
              </div>
              <div className="radio">
                <input
                  type="radio"
                  id={`${prefix}-stop`}
                  name={`${prefix}-missing-styles`}
                  checked={onMissing === 'stop'}
                  onChange={() => onMissingChange('stop')}
                />
                <label htmlFor={`${prefix}-stop`}>Stop, so that the styles can be added to the template first</label>
              </div>
            </fieldset>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function StylesSummary({ check }: { check: TemplateCheck }) {
  const needed = check.presentStyles.length + check.missingStyles.length;
  if (check.missingStyles.length === 0) {
    return (
      <p className="notice notice--success">
        {check.fileName} defines all {count(needed, 'style')} the export uses.
      </p>
    );
  }
  return (
    <p className="notice notice--warning">
      {check.fileName} defines {check.presentStyles.length.toLocaleString('en-GB')} of the {count(needed, 'style')} the export uses; it lacks{' '}
      {count(check.missingStyles.length, 'style')}.
    </p>
  );
}

function StyleLists({ check, prefix }: { check: TemplateCheck; prefix: string }) {
  return (
    <div className="export-template__styles">
      {check.missingStyles.length > 0 ? (
        <div>
          <h4 id={`${prefix}-missing`}>Styles the template lacks</h4>
          <ul className="export-template__list" aria-labelledby={`${prefix}-missing`}>
            {check.missingStyles.map((style) => (
              <li key={style}>{style}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {check.presentStyles.length > 0 ? (
        <div>
          <h4 id={`${prefix}-present`}>Styles the template has</h4>
          <ul className="export-template__list" aria-labelledby={`${prefix}-present`}>
            {check.presentStyles.map((style) => (
              <li key={style}>{style}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
