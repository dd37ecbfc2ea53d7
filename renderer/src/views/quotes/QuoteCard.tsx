/**
 * One quote, as the popover over a highlight and the quote list show it: speaker and page, the
 * words, tags, note, who marked it and when; and what can be done to it: tag (the tag picker),
 * edit the note, adjust its extent (a word at a time, or to new words selected in the reader),
 * delete (undoable).
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Quote, Tag } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { longDateOr } from '../../format/dates';
import { describeError } from '../../hooks/useSubmit';
import { excerpt, nudge, pagesLabel, speakerOf } from './quote-segments';
import { selectionMessage, type SelectionOffsets } from './selection';
import { TagChip, TagPicker } from './TagPicker';

export type CardMode = 'view' | 'tags' | 'note' | 'adjust';

export interface QuoteActions {
  tag(quote: Quote, tag: Tag): Promise<void>;
  untag(quote: Quote, tag: Tag): Promise<void>;
  createTag(quote: Quote, name: string): Promise<void>;
  saveNote(quote: Quote, note: string): Promise<void>;
  saveExtent(quote: Quote, start: number, end: number): Promise<void>;
  remove(quote: Quote): Promise<void>;
}

export interface Draft {
  quoteId: Id;
  start: number;
  end: number;
}

export interface AdjustSupport {
  /** The transcript's whole text, to move ends by a word. */
  text: string;
  draft: Draft | null;
  setDraft(draft: Draft | null): void;
  /** The reader's current selection as transcript offsets. */
  selection(): SelectionOffsets;
}

export const ANCHOR_LABELS: Record<Quote['anchorStatus'], string> = {
  exact: 'In place',
  moved: 'Moved',
  lost: 'Lost',
};

export function AnchorBadge({ status }: { status: Quote['anchorStatus'] }) {
  if (status === 'exact') return null;
  return (
    <span className={status === 'lost' ? 'anchor-badge anchor-badge--lost' : 'anchor-badge anchor-badge--moved'} title={status === 'lost' ? 'Its words are not in the corrected transcript' : 'Found again in the corrected transcript, in a different place'}>
      {ANCHOR_LABELS[status]}
    </span>
  );
}

interface Props {
  quote: Quote;
  tags: Tag[];
  tagsById: ReadonlyMap<Id, Tag>;
  recent: Id[];
  actions: QuoteActions;
  adjust: AdjustSupport;
  initialMode?: CardMode;
  /** Escape in the tag picker: back to reading. */
  onDone: () => void;
  onModeChange?: (mode: CardMode) => void;
}

export function QuoteCard({ quote, tags, tagsById, recent, actions, adjust, initialMode = 'view', onDone, onModeChange }: Props) {
  const id = useId();
  const [mode, setModeState] = useState<CardMode>(initialMode);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** The button that opened a mode: focus goes back to it (re-rendered) when the mode ends. */
  const returnFocus = useRef<'tags' | 'note' | 'adjust' | null>(null);
  const latestAdjust = useRef(adjust);
  latestAdjust.current = adjust;
  const buttons = {
    tags: useRef<HTMLButtonElement>(null),
    note: useRef<HTMLButtonElement>(null),
    adjust: useRef<HTMLButtonElement>(null),
  };

  function setMode(next: CardMode) {
    setError(null);
    if (next !== 'view') returnFocus.current = next;
    if (next === 'adjust') {
      adjust.setDraft(quote.anchorStatus === 'lost' ? null : { quoteId: quote.id, start: quote.startOffset, end: quote.endOffset });
    } else if (mode === 'adjust') {
      adjust.setDraft(null);
    }
    setModeState(next);
  }

  useEffect(() => {
    onModeChange?.(mode);
    if (mode === 'view' && returnFocus.current) {
      buttons[returnFocus.current].current?.focus();
      returnFocus.current = null;
    }
  }, [mode]); // eslint-disable-line react-hooks/exhaustive-deps

  // A quote started in adjust mode (a lost quote found again) needs its draft set up.
  useEffect(() => {
    if (initialMode === 'adjust') adjust.setDraft(quote.anchorStatus === 'lost' ? null : { quoteId: quote.id, start: quote.startOffset, end: quote.endOffset });
    return () => {
      if (latestAdjust.current.draft?.quoteId === quote.id) latestAdjust.current.setDraft(null);
    };
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  async function act(action: () => Promise<void>, after?: () => void) {
    setBusy(true);
    setError(null);
    try {
      await action();
      after?.();
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  const quoteTags = quote.tagIds.map((tagId) => tagsById.get(tagId)).filter((t): t is Tag => t !== undefined);
  const headingId = `${id}-title`;

  return (
    <article className="quote-card" aria-labelledby={headingId} data-quote-card={quote.id}>
      <h3 className="quote-card__title" id={headingId}>
        {speakerOf(quote) ?? 'Speaker not known'}
        <span className="quote-card__page"> · {pagesLabel(quote.pageStart, quote.pageEnd)}</span>
        <AnchorBadge status={quote.anchorStatus} />
      </h3>
      {quote.roleText || quote.organisation ? (
        <p className="quote-card__role">{[quote.roleText, quote.organisation].filter(Boolean).join(', ')}</p>
      ) : null}
      {mode === 'adjust' ? null : <blockquote className="quote-card__text">“{excerpt(quote.text, 240)}”</blockquote>}

      {mode === 'adjust' ? null : mode === 'tags' ? (
        <TagPicker
          tags={tags}
          tagsById={tagsById}
          applied={quote.tagIds}
          recent={recent}
          onApply={(tag) => actions.tag(quote, tag)}
          onRemove={(tag) => actions.untag(quote, tag)}
          onCreate={(name) => actions.createTag(quote, name)}
          onClose={onDone}
        />
      ) : (
        <>
          {quoteTags.length > 0 ? (
            <ul className="tag-chips" aria-label="Tags">
              {quoteTags.map((tag) => (
                <li key={tag.id}>
                  <TagChip tag={tag} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="quote-card__untagged">No tags yet.</p>
          )}
          {mode === 'note' ? (
            <NoteForm
              note={quote.note ?? ''}
              busy={busy}
              onCancel={() => setMode('view')}
              onSave={(note) => act(() => actions.saveNote(quote, note), () => setMode('view'))}
            />
          ) : quote.note ? (
            <p className="quote-card__note">
              <span className="quote-card__note-label">Note: </span>
              {quote.note}
            </p>
          ) : null}
        </>
      )}

      {mode === 'adjust' ? (
        <AdjustPanel
          quote={quote}
          adjust={adjust}
          busy={busy}
          onError={setError}
          onCancel={() => setMode('view')}
          onSave={(start, end) => act(() => actions.saveExtent(quote, start, end), () => setMode('view'))}
        />
      ) : null}

      {mode === 'adjust' ? null : (
        <p className="quote-card__meta">
          Marked by {quote.authorName} on {longDateOr(quote.createdAt.slice(0, 10), 'an unknown date')}
        </p>
      )}

      {error ? (
        <p className="field__error quote-card__error" role="alert">
          {error}
        </p>
      ) : null}

      {mode === 'view' ? (
        <div className="quote-card__actions">
          <button ref={buttons.tags} type="button" className="button button--small" onClick={() => setMode('tags')}>
            Tags…
          </button>
          <button ref={buttons.note} type="button" className="button button--small button--secondary" onClick={() => setMode('note')}>
            {quote.note ? 'Edit note' : 'Add note'}
          </button>
          <button ref={buttons.adjust} type="button" className="button button--small button--secondary" onClick={() => setMode('adjust')}>
            {quote.anchorStatus === 'lost' ? 'Find again' : 'Adjust'}
          </button>
          <button type="button" className="button button--small button--quiet-danger" disabled={busy} onClick={() => void act(() => actions.remove(quote))}>
            Delete<span className="visually-hidden"> this quote</span>
          </button>
        </div>
      ) : mode === 'tags' ? (
        <div className="quote-card__actions">
          <button type="button" className="button button--small button--secondary" onClick={() => setMode('view')}>
            Done
          </button>
        </div>
      ) : null}
    </article>
  );
}

function NoteForm({ note, busy, onSave, onCancel }: { note: string; busy: boolean; onSave: (note: string) => void; onCancel: () => void }) {
  const id = useId();
  const [value, setValue] = useState(note);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    onSave(value);
  };
  return (
    <form className="quote-note" onSubmit={submit}>
      <label className="field__label" htmlFor={`${id}-note`}>
        Note
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        Why it matters, or how the report might use it. Ctrl+Enter saves; Esc cancels.
      </p>
      <textarea
        ref={ref}
        id={`${id}-note`}
        className="input quote-note__input"
        rows={3}
        value={value}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <div className="form-actions form-actions--tight">
        <button type="submit" className="button button--small" disabled={busy}>
          Save note
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AdjustPanel({
  quote,
  adjust,
  busy,
  onError,
  onSave,
  onCancel,
}: {
  quote: Quote;
  adjust: AdjustSupport;
  busy: boolean;
  onError: (message: string | null) => void;
  onSave: (start: number, end: number) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const draft = adjust.draft?.quoteId === quote.id ? adjust.draft : null;
  const lost = quote.anchorStatus === 'lost';

  useEffect(() => {
    ref.current?.focus();
  }, []);

  function move(which: 'start' | 'end', direction: -1 | 1) {
    if (!draft) return;
    const next = nudge(adjust.text, draft, which, direction);
    if (!next) {
      setStatus(which === 'start' ? 'The start cannot move further that way.' : 'The end cannot move further that way.');
      return;
    }
    adjust.setDraft({ quoteId: quote.id, ...next });
    const words = adjust.text.slice(next.start, next.end);
    setStatus(which === 'start' ? `Now starts “${words.split(/\s+/).slice(0, 4).join(' ')}…”` : `Now ends “…${words.split(/\s+/).slice(-4).join(' ')}”`);
  }

  function takeSelection() {
    const selection = adjust.selection();
    if (!selection.ok) {
      onError(selectionMessage(selection.reason));
      return;
    }
    onError(null);
    adjust.setDraft({ quoteId: quote.id, start: selection.start, end: selection.end });
    setStatus('The quote now covers the words selected. Save to keep it.');
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
      return;
    }
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      move(event.shiftKey ? 'start' : 'end', event.key === 'ArrowLeft' ? -1 : 1);
      return;
    }
    if (event.key === 'Enter' && event.target === ref.current && draft) {
      event.preventDefault();
      onSave(draft.start, draft.end);
    }
  }

  const preview = draft ? adjust.text.slice(draft.start, draft.end) : null;
  return (
    <div className="quote-adjust" ref={ref} tabIndex={-1} onKeyDown={onKeyDown} role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-hint`}>
      <p className="quote-adjust__title" id={`${id}-title`}>
        {lost ? 'Find this quote again' : 'Adjust the quote'}
      </p>
      <p className="field__hint" id={`${id}-hint`}>
        {lost
          ? 'Its words are not in the corrected transcript. Select the words it should cover in the reader, then choose “Use the selected words” and Save.'
          : 'A word at a time: ← → move the end, Shift+← → the start. Or select other words in the text and use them. Enter saves, Esc cancels.'}
      </p>
      {preview !== null ? <p className="quote-adjust__preview">“{excerpt(preview, 200)}”</p> : null}
      {draft ? (
        <div className="quote-adjust__nudges">
          <div role="group" aria-label="Start of the quote" className="quote-adjust__row">
            <span className="quote-adjust__label" aria-hidden="true">
              Start
            </span>
            <button type="button" className="button button--small button--secondary" aria-label="Start one word earlier" onClick={() => move('start', -1)}>
              ← Earlier
            </button>
            <button type="button" className="button button--small button--secondary" aria-label="Start one word later" onClick={() => move('start', 1)}>
              Later →
            </button>
          </div>
          <div role="group" aria-label="End of the quote" className="quote-adjust__row">
            <span className="quote-adjust__label" aria-hidden="true">
              End
            </span>
            <button type="button" className="button button--small button--secondary" aria-label="End one word earlier" onClick={() => move('end', -1)}>
              ← Earlier
            </button>
            <button type="button" className="button button--small button--secondary" aria-label="End one word later" onClick={() => move('end', 1)}>
              Later →
            </button>
          </div>
        </div>
      ) : null}
      <div className="form-actions form-actions--tight">
        <button type="button" className="button button--small button--secondary" onMouseDown={(event) => event.preventDefault()} onClick={takeSelection}>
          Use the selected words
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy || !draft || (draft.start === quote.startOffset && draft.end === quote.endOffset && !lost)}
          onClick={() => draft && onSave(draft.start, draft.end)}
        >
          Save
        </button>
        <button type="button" className="button button--small button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
