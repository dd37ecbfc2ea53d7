/** Editing, merging and deleting a theme of the codebook, each in its own dialog. */
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { Tag } from '../../../../shared/domain/evidence';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { count } from '../../format/plural';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { ThemeForm } from './ThemeForm';
import { byOrder, descendantsAndSelf, themeOptions } from './ThemeForm';

interface DialogProps {
  theme: Tag;
  tags: Tag[];
  onClose: () => void;
  /** Where focus goes if the theme's row is gone when the dialog closes. */
  fallbackFocus: () => HTMLElement | null;
}

export function EditThemeDialog({ theme, tags, onClose, fallbackFocus }: DialogProps) {
  const api = useApi();
  const announce = useAnnounce();
  return (
    <Modal title={`Edit the theme “${theme.name}”`} onClose={onClose} fallbackFocus={fallbackFocus}>
      <ThemeForm
        theme={theme}
        tags={tags}
        submitLabel="Save theme"
        onCancel={onClose}
        onSubmit={(values) => {
          // Send only what changed: each change is one step to undo.
          const changes: { name?: string; colour?: string | null; description?: string | null; parentId?: string | null } = {};
          if (values.name !== theme.name) changes.name = values.name;
          if (values.colour !== theme.colour) changes.colour = values.colour;
          if ((values.description || null) !== (theme.description || null)) changes.description = values.description;
          if (values.parentId !== theme.parentId) changes.parentId = values.parentId;
          if (Object.keys(changes).length === 0) return Promise.resolve(null);
          return api.call('tags.update', { id: theme.id, ...changes });
        }}
        onSaved={() => {
          announce('Saved the theme.');
          onClose();
        }}
      />
    </Modal>
  );
}

/** Every tag a theme could go into: themes (not its own sub-themes), then the report's tags. */
function targetOptions(tags: Tag[], theme: Tag): { label: string; options: { tag: Tag; depth: number }[] }[] {
  const excluded = descendantsAndSelf(tags, theme.id);
  const themes = themeOptions(tags).filter((o) => !excluded.has(o.tag.id));
  const structure = (kind: Tag['kind']) =>
    tags
      .filter((t) => t.kind === kind || (kind === 'chapter' && t.kind === 'section'))
      .sort(byOrder)
      .map((tag) => ({ tag, depth: tag.kind === 'section' ? 1 : 0 }));
  return [
    { label: 'Themes', options: themes },
    { label: 'Chapters and sections', options: structure('chapter') },
    { label: 'Recommendations', options: structure('recommendation') },
  ].filter((group) => group.options.length > 0);
}

function TargetSelect({ id, label, hint, value, onChange, theme, tags, error }: { id: string; label: string; hint?: string; value: string; onChange: (v: string) => void; theme: Tag; tags: Tag[]; error?: string | undefined }) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required>
      {(control) => (
        <select {...control} className="input input--medium" value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">Choose a tag</option>
          {targetOptions(tags, theme).map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map(({ tag, depth }) => (
                <option key={tag.id} value={tag.id}>
                  {`${'\u2003'.repeat(depth)}${tag.name}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

export function MergeThemeDialog({ theme, tags, onClose, fallbackFocus }: DialogProps) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [targetId, setTargetId] = useState('');
  const ids = { targetId: `${prefix}-target` };
  const children = tags.filter((t) => t.parentId === theme.id).length;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    let moved = 0;
    const target = tags.find((t) => t.id === targetId);
    const ok = await submit.run(async () => {
      if (!targetId) throw new ApiError('invalid_input', 'Choose the tag to merge into.', { targetId: 'Choose the tag to merge into.' });
      moved = (await api.call('tags.merge', { sourceId: theme.id, targetId })).movedQuotes;
    });
    if (ok) {
      announce(`Merged “${theme.name}” into “${target?.name ?? 'the tag'}”: ${count(moved, 'quote')} moved.`);
      onClose();
    }
  }

  return (
    <Modal title={`Merge the theme “${theme.name}”`} onClose={onClose} fallbackFocus={fallbackFocus}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <p>
          Its {count(theme.quoteCount, 'quote')}
          {children > 0 ? ` and ${count(children, 'sub-theme')}` : ''} move to the tag you choose, then “{theme.name}” is removed. You can undo
          this.
        </p>
        <TargetSelect id={ids.targetId} label="Merge into" value={targetId} onChange={setTargetId} theme={theme} tags={tags} error={fieldError(submit.fieldErrors, 'targetId')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            Merge
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}

/**
 * Deleting a theme. One in use must say what happens to its quotes — take the theme off them, or
 * move them to another tag — which the API insists on (it refuses otherwise, and says so).
 */
export function DeleteThemeDialog({ theme, tags, onClose, fallbackFocus }: DialogProps) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [inUse, setInUse] = useState(theme.quoteCount > 0);
  const [choice, setChoice] = useState<'untag' | 'move' | ''>('');
  const [moveTo, setMoveTo] = useState('');
  const ids = { quotes: `${prefix}-quotes`, moveToTagId: `${prefix}-move-to` };
  const children = tags.filter((t) => t.parentId === theme.id).length;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    let affected = 0;
    const target = tags.find((t) => t.id === moveTo);
    const ok = await submit.run(async () => {
      if (inUse && !choice) throw new ApiError('invalid_input', 'Choose what to do with its quotes.', { quotes: 'Choose what to do with its quotes.' });
      const input =
        inUse && choice === 'move' ? { id: theme.id, quotes: 'move' as const, ...(moveTo ? { moveToTagId: moveTo } : {}) } : inUse && choice === 'untag' ? { id: theme.id, quotes: 'untag' as const } : { id: theme.id };
      try {
        affected = (await api.call('tags.delete', input)).affectedQuotes;
      } catch (error) {
        // Someone tagged a quote with it since the list was read: now ask, with the API's words.
        if (ApiError.is(error) && error.code === 'conflict') setInUse(true);
        throw error;
      }
    });
    if (ok) {
      announce(
        affected === 0
          ? `Deleted the theme “${theme.name}”.`
          : choice === 'move'
            ? `Deleted the theme “${theme.name}”; its ${count(affected, 'quote')} moved to “${target?.name ?? 'the tag chosen'}”.`
            : `Deleted the theme “${theme.name}” and took it off ${count(affected, 'quote')}.`,
      );
      onClose();
    }
  }

  const quotesError = fieldError(submit.fieldErrors, 'quotes');
  return (
    <Modal title={`Delete the theme “${theme.name}”`} onClose={onClose} fallbackFocus={fallbackFocus}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        {inUse ? (
          <fieldset className={['fieldset', quotesError ? 'field--error' : ''].filter(Boolean).join(' ')} id={ids.quotes} tabIndex={-1}>
            <legend>
              “{theme.name}” is on {theme.quoteCount > 0 ? count(theme.quoteCount, 'quote') : 'some quotes'}. What should happen to{' '}
              {theme.quoteCount === 1 ? 'it' : 'them'}?
            </legend>
            {quotesError ? (
              <p className="field__error">
                <span className="visually-hidden">Error: </span>
                {quotesError}
              </p>
            ) : null}
            <div className="radio">
              <input type="radio" id={`${prefix}-untag`} name={`${prefix}-choice`} checked={choice === 'untag'} onChange={() => setChoice('untag')} />
              <label htmlFor={`${prefix}-untag`}>Take the theme off {theme.quoteCount === 1 ? 'it (the quote stays, with its other tags)' : 'them (the quotes stay, with their other tags)'}</label>
            </div>
            <div className="radio">
              <input type="radio" id={`${prefix}-move`} name={`${prefix}-choice`} checked={choice === 'move'} onChange={() => setChoice('move')} />
              <label htmlFor={`${prefix}-move`}>Move {theme.quoteCount === 1 ? 'it' : 'them'} to another tag</label>
            </div>
          </fieldset>
        ) : (
          <p>No quote carries this theme.</p>
        )}
        {inUse && choice === 'move' ? (
          <TargetSelect
            id={ids.moveToTagId}
            label="Move the quotes to"
            value={moveTo}
            onChange={setMoveTo}
            theme={theme}
            tags={tags}
            error={fieldError(submit.fieldErrors, 'moveToTagId')}
          />
        ) : null}
        {children > 0 ? <p>Its {count(children, 'sub-theme')} {children === 1 ? 'moves' : 'move'} up a level.</p> : null}
        <p>You can undo this.</p>
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={submit.busy}>
            Delete theme
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
