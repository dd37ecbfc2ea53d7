/**
 * A theme's name, colour, description and parent: for adding a theme to the codebook, and for
 * editing one. The API's messages (a duplicate name, a parent that would put a theme inside
 * itself) are shown next to the fields they are about.
 */
import { useId, useState, type FormEvent } from 'react';
import type { Tag } from '../../../../shared/domain/evidence';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Field, TextAreaField, TextField } from '../../components/Field';
import { fieldError, useSubmit } from '../../hooks/useSubmit';
import { THEME_PALETTE } from './palette';

export interface ThemeValues {
  name: string;
  colour: string | null;
  description: string;
  parentId: string | null;
}

interface Props {
  /** The theme being edited; absent when adding. */
  theme?: Tag;
  tags: Tag[];
  submitLabel: string;
  onSubmit: (values: ThemeValues) => Promise<unknown>;
  onSaved: () => void;
  onCancel?: () => void;
  /** Added themes start a new form; edited ones close theirs. */
  resetAfterSave?: boolean;
}

export function ThemeForm({ theme, tags, submitLabel, onSubmit, onSaved, onCancel, resetAfterSave }: Props) {
  const prefix = useId();
  const submit = useSubmit();
  const [name, setName] = useState(theme?.name ?? '');
  const [colour, setColour] = useState<string | null>(theme?.colour ?? null);
  const [description, setDescription] = useState(theme?.description ?? '');
  const [parentId, setParentId] = useState<string>(theme?.parentId ?? '');
  const ids = { name: `${prefix}-name`, colour: `${prefix}-colour`, description: `${prefix}-description`, parentId: `${prefix}-parent` };

  const excluded = theme ? descendantsAndSelf(tags, theme.id) : new Set<string>();
  const parents = themeOptions(tags).filter((option) => !excluded.has(option.tag.id));
  const custom = colour !== null && !THEME_PALETTE.some((c) => c.value.toLowerCase() === colour.toLowerCase());

  async function handle(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(() => onSubmit({ name, colour, description, parentId: parentId || null }));
    if (!ok) return;
    if (resetAfterSave) {
      setName('');
      setColour(null);
      setDescription('');
      setParentId('');
      document.getElementById(ids.name)?.focus();
    }
    onSaved();
  }

  const colourError = fieldError(submit.fieldErrors, 'colour');
  return (
    <form onSubmit={handle} noValidate className="form theme-form">
      <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
      <TextField id={ids.name} label="Name" required width="medium" value={name} onChange={setName} error={fieldError(submit.fieldErrors, 'name')} />
      <fieldset className={['fieldset', colourError ? 'field--error' : ''].filter(Boolean).join(' ')} id={ids.colour} tabIndex={-1}>
        <legend>
          Colour <span className="field__optional">(optional)</span>
        </legend>
        <p className="field__hint">Shown beside the theme’s name; every colour has a name, so none depends on colour alone.</p>
        {colourError ? (
          <p className="field__error">
            <span className="visually-hidden">Error: </span>
            {colourError}
          </p>
        ) : null}
        <div className="swatches">
          <label className="swatch">
            <input type="radio" name={`${prefix}-colour`} checked={colour === null} onChange={() => setColour(null)} />
            <span className="swatch__chip swatch__chip--none" aria-hidden="true" />
            No colour
          </label>
          {THEME_PALETTE.map((option) => (
            <label className="swatch" key={option.value}>
              <input
                type="radio"
                name={`${prefix}-colour`}
                value={option.value}
                checked={colour?.toLowerCase() === option.value}
                onChange={() => setColour(option.value)}
              />
              <span className="swatch__chip" aria-hidden="true" style={{ backgroundColor: option.value }} />
              {option.name}
            </label>
          ))}
          {custom ? (
            <label className="swatch">
              <input type="radio" name={`${prefix}-colour`} checked onChange={() => undefined} />
              <span className="swatch__chip" aria-hidden="true" style={{ backgroundColor: colour }} />
              Current colour ({colour})
            </label>
          ) : null}
        </div>
      </fieldset>
      <TextAreaField
        id={ids.description}
        label="Description"
        hint="What belongs under this theme, so that everyone tags alike."
        rows={3}
        value={description}
        onChange={setDescription}
        error={fieldError(submit.fieldErrors, 'description')}
      />
      <Field id={ids.parentId} label="Inside" hint="Put the theme inside another, or keep it at the top level." error={fieldError(submit.fieldErrors, 'parentId')} markOptional={false}>
        {(control) => (
          <select {...control} className="input input--medium" value={parentId} onChange={(event) => setParentId(event.target.value)}>
            <option value="">Top level (no parent)</option>
            {parents.map(({ tag, depth }) => (
              <option key={tag.id} value={tag.id}>
                {`${'\u2003'.repeat(depth)}${tag.name}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={submit.busy}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Themes in tree order with their depth, for indented choices. */
export function themeOptions(tags: Tag[]): { tag: Tag; depth: number }[] {
  const themes = tags.filter((t) => t.kind === 'theme');
  const ids = new Set(themes.map((t) => t.id));
  const out: { tag: Tag; depth: number }[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const tag of themes.filter((t) => (parent === null ? t.parentId === null || !ids.has(t.parentId) : t.parentId === parent)).sort(byOrder)) {
      out.push({ tag, depth });
      visit(tag.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export function descendantsAndSelf(tags: Tag[], id: string): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const tag of tags) {
      if (tag.parentId && found.has(tag.parentId) && !found.has(tag.id)) {
        found.add(tag.id);
        grew = true;
      }
    }
  }
  return found;
}

export function byOrder(a: Tag, b: Tag): number {
  return a.order - b.order;
}
