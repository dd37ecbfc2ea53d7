/**
 * Writing a footnote: text before, the citations (each a source with its locator, style, link
 * text, accessed date and the words that join it to the next), text after — with a live preview
 * in house style from `footnotes.preview`, asked for a moment after typing stops.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { Footnote, Source, TextRun } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Modal } from '../../components/Modal';
import { describeError, type FieldErrors, useSubmit } from '../../hooks/useSubmit';
import { CitationFields } from './CitationFields';
import { move, newDraft, toInput, type CitationDraft } from './citation-draft';
import { FootnoteRuns } from './FootnoteRuns';

/** Long enough not to call on every key press, short enough to feel live. */
const PREVIEW_DELAY_MS = 250;

interface Props {
  investigationId: Id;
  /** Null to add a footnote (at the end). */
  footnote: Footnote | null;
  sources: Source[];
  nextPosition: number;
  onClose: () => void;
  onSaved: () => void;
}

type Preview = { kind: 'idle' } | { kind: 'ready'; runs: TextRun[] } | { kind: 'error'; message: string };

export function FootnoteEditor({ investigationId, footnote, sources, nextPosition, onClose, onSaved }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [textBefore, setTextBefore] = useState(footnote?.textBefore ?? '');
  const [textAfter, setTextAfter] = useState(footnote?.textAfter ?? '');
  const [citations, setCitations] = useState<CitationDraft[]>(() => (footnote?.citations ?? []).map((c) => newDraft(c)));
  const [preview, setPreview] = useState<Preview>(footnote ? { kind: 'ready', runs: footnote.runs } : { kind: 'idle' });
  const focusNext = useRef<string | null>(null);
  const number = footnote?.position ?? nextPosition;

  const ids: Record<string, string> = { textBefore: `${prefix}-before`, textAfter: `${prefix}-after`, citations: `${prefix}-add` };
  citations.forEach((c, i) => {
    for (const field of ['sourceId', 'style', 'locator', 'label', 'accessedOn', 'joiner']) ids[`citations.${i}.${field}`] = `${prefix}-${c.key}-${field}`;
  });

  // The live preview: the latest answer wins, an answer to an older draft is dropped.
  const latest = useRef(0);
  useEffect(() => {
    const ready = citations.filter((c) => c.sourceId !== '');
    if (textBefore.trim() === '' && textAfter.trim() === '' && ready.length === 0) {
      setPreview({ kind: 'idle' });
      return;
    }
    const request = ++latest.current;
    const timer = window.setTimeout(() => {
      api.call('footnotes.preview', { textBefore, citations: ready.map(toInput), textAfter }).then(
        (result) => {
          if (latest.current === request) setPreview({ kind: 'ready', runs: result.runs });
        },
        (error: unknown) => {
          if (latest.current === request) setPreview({ kind: 'error', message: describeError(error).message });
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [api, textBefore, textAfter, citations]);

  // After adding or removing a citation, put focus where the clerk carries on.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    document.getElementById(target)?.focus();
  });

  const update = (key: string, patch: Partial<CitationDraft>) => setCitations((list) => list.map((c) => (c.key === key ? { ...c, ...patch } : c)));

  function addCitation() {
    const draft = newDraft();
    focusNext.current = `${prefix}-${draft.key}-sourceId-find`;
    setCitations((list) => [...list, draft]);
  }

  function removeCitation(index: number) {
    const before = citations[index - 1];
    focusNext.current = before ? `${prefix}-${before.key}-legend` : `${prefix}-add`;
    setCitations((list) => list.filter((_, i) => i !== index));
  }

  function moveCitation(index: number, by: number, key: string) {
    // Focus stays on the citation that moved: on the button pressed, or on the other one once it
    // reaches the top or the bottom (a disabled button cannot hold focus).
    const to = index + by;
    const atEdge = to === 0 || to === citations.length - 1;
    const pressed = by < 0 ? 'up' : 'down';
    focusNext.current = `${prefix}-${key}-${atEdge ? (pressed === 'up' ? 'down' : 'up') : pressed}`;
    setCitations((list) => move(list, index, by));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Written inside the action: a holder, since TypeScript cannot see the assignment in the closure.
    const result: { saved: Footnote | null } = { saved: null };
    const ok = await submit.run(async () => {
      const missing: FieldErrors = {};
      citations.forEach((c, i) => {
        if (!c.sourceId) missing[`citations.${i}.sourceId`] = `Choose the source for citation ${i + 1}.`;
      });
      if (Object.keys(missing).length > 0) throw new ApiError('invalid_input', 'Every citation needs a source.', missing);
      const input = { textBefore, citations: citations.map(toInput), textAfter };
      result.saved = footnote ? await api.call('footnotes.update', { id: footnote.id, ...input }) : await api.call('footnotes.create', { investigationId, ...input });
    });
    const saved = result.saved;
    if (!ok || !saved) return;
    announce(footnote ? `Saved footnote ${saved.position}.` : `Added footnote ${saved.position}.`);
    onSaved();
    onClose();
  }

  return (
    <Modal title={footnote ? `Edit footnote ${number}` : `Add footnote ${number}`} onClose={onClose} wide>
      <form onSubmit={onSubmit} noValidate className="form form--wide footnote-editor">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <TextBlock id={ids.textBefore!} label="Text before the citations" hint="Keep a space at the end if the citation follows in the same sentence." value={textBefore} onChange={setTextBefore} error={submit.fieldErrors.textBefore} />
        <h3 className="footnote-editor__heading">Citations</h3>
        {citations.length === 0 ? <p className="muted">No citations: the footnote is a note only.</p> : null}
        {citations.map((citation, index) => (
          <CitationFields
            key={citation.key}
            idPrefix={`${prefix}-${citation.key}`}
            index={index}
            total={citations.length}
            citation={citation}
            sources={sources}
            errors={submit.fieldErrors}
            onChange={(patch) => update(citation.key, patch)}
            onRemove={() => removeCitation(index)}
            onMove={(by) => moveCitation(index, by, citation.key)}
          />
        ))}
        <p>
          <button type="button" id={`${prefix}-add`} className="button button--secondary" onClick={addCitation}>
            Add a citation
          </button>
        </p>
        <TextBlock id={ids.textAfter!} label="Text after the citations" hint="Figures, or a note: “. Volume of theft increased…”" value={textAfter} onChange={setTextAfter} error={submit.fieldErrors.textAfter} />
        <section className="footnote-preview" aria-labelledby={`${prefix}-preview`}>
          <h3 id={`${prefix}-preview`}>Preview</h3>
          <p className="footnote-preview__text" data-testid="footnote-preview">
            <span className="footnote__number" aria-hidden="true">
              {number}
            </span>{' '}
            {preview.kind === 'ready' ? <FootnoteRuns runs={preview.runs} /> : null}
            {preview.kind === 'idle' ? <span className="muted">The footnote appears here as the report will print it.</span> : null}
            {preview.kind === 'error' ? <span className="footnote-preview__problem">{preview.message}</span> : null}
          </p>
        </section>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {footnote ? 'Save footnote' : 'Add footnote'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Footnote text keeps its own spaces (the contract does not trim it), so no trimming here either. */
function TextBlock({ id, label, hint, value, onChange, error }: { id: string; label: string; hint: string; value: string; onChange: (v: string) => void; error?: string | undefined }) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>
        {label}
        <span className="field__optional"> (optional)</span>
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={id}
        className="input input--full"
        rows={2}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ')}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
