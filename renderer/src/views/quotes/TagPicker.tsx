/**
 * The tag picker: a combobox over the codebook. Type to filter (chapters, sections,
 * "Recommendation 1…12", themes); ↑/↓ and Enter apply a tag (Enter on a tag already on the quote
 * takes it off); Backspace in the empty box takes the last tag off; "Create theme “…”" when no tag
 * has that name. The tags used last come first, on 1–9 (with the box empty) and Alt+1…9 (always).
 * Escape closes it.
 *
 * Accessible as a combobox with a listbox popup (always shown while the picker is open): focus
 * stays in the box and aria-activedescendant names the option the arrows are on; options carry
 * aria-selected for the tags already on the quote.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Tag } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { describeError } from '../../hooks/useSubmit';
import { fold } from '../../search/highlight';
import { tagColour } from './tag-colours';

type Option = { key: string; kind: 'tag'; tag: Tag; shortcut: number | null } | { key: string; kind: 'create'; name: string };

interface Group {
  key: string;
  label: string;
  options: Option[];
}

export interface TagPickerProps {
  tags: Tag[];
  tagsById: ReadonlyMap<Id, Tag>;
  /** Tags on the quote now. */
  applied: Id[];
  recent: Id[];
  onApply: (tag: Tag) => Promise<void>;
  onRemove: (tag: Tag) => Promise<void>;
  onCreate: (name: string) => Promise<void>;
  onClose: () => void;
  /** Put focus in the box when the picker opens. */
  autoFocus?: boolean;
}

/** How well a tag's name answers the words typed: lower is better; null when it does not. */
function rank(name: string, query: string): number | null {
  const folded = fold(name);
  const q = fold(query.trim()).replace(/\s+/g, ' ');
  if (!q) return 3;
  if (folded === q) return 0;
  if (folded.startsWith(q)) return 1;
  const words = q.split(' ');
  if (!words.every((word) => folded.includes(word))) return null;
  const starts = folded.split(/[^\p{L}\p{N}]+/u);
  return words.every((word) => starts.some((w) => w.startsWith(word))) ? 2 : 3;
}

export function TagPicker({ tags, tagsById, applied, recent, onApply, onRemove, onCreate, onClose, autoFocus = true }: TagPickerProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // What the box holds now, for an action that finishes after the member typed on.
  const latestQuery = useRef(query);
  useEffect(() => {
    latestQuery.current = query;
  }, [query]);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const recentTags = useMemo(() => recent.map((tagId) => tagsById.get(tagId)).filter((t): t is Tag => t !== undefined), [recent, tagsById]);

  const groups = useMemo((): Group[] => {
    const trimmed = query.trim();
    if (!trimmed) {
      const out: Group[] = [];
      if (recentTags.length > 0) {
        out.push({ key: 'recent', label: 'Recent', options: recentTags.map((tag, i) => ({ key: `r-${tag.id}`, kind: 'tag', tag, shortcut: i + 1 })) });
      }
      const of = (kinds: Tag['kind'][]) => tags.filter((t) => kinds.includes(t.kind)).map((tag): Option => ({ key: `t-${tag.id}`, kind: 'tag', tag, shortcut: null }));
      out.push({ key: 'structure', label: 'Chapters and sections', options: of(['chapter', 'section']) });
      out.push({ key: 'recommendations', label: 'Recommendations', options: of(['recommendation']) });
      const themes = of(['theme']);
      if (themes.length > 0) out.push({ key: 'themes', label: 'Themes', options: themes });
      return out.filter((g) => g.options.length > 0);
    }
    const matches = tags
      .map((tag) => ({ tag, score: rank(tag.name, trimmed) }))
      .filter((m): m is { tag: Tag; score: number } => m.score !== null)
      .sort((a, b) => a.score - b.score || a.tag.order - b.tag.order)
      .map(({ tag }): Option => ({ key: `t-${tag.id}`, kind: 'tag', tag, shortcut: null }));
    const out: Group[] = [];
    if (matches.length > 0) out.push({ key: 'matches', label: matches.length === 1 ? '1 tag matches' : `${matches.length} tags match`, options: matches });
    const exists = tags.some((t) => fold(t.name) === fold(trimmed));
    if (!exists) out.push({ key: 'create', label: 'New theme', options: [{ key: 'create', kind: 'create', name: trimmed }] });
    return out;
  }, [query, tags, recentTags]);

  const options = useMemo(() => groups.flatMap((g) => g.options), [groups]);
  const active = options.find((o) => o.key === activeKey) ?? options[0] ?? null;
  const optionId = (option: Option) => `${id}-option-${option.key}`;

  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  // Keep the option the arrows are on in view.
  useEffect(() => {
    if (!active) return;
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active?.key]); // eslint-disable-line react-hooks/exhaustive-deps

  async function run(action: () => Promise<void>, done: string) {
    if (busy) return;
    setBusy(true);
    setError(null);
    const typed = query;
    try {
      await action();
      setStatus(done);
      // The box is cleared for the next tag, unless the member has typed on while the store
      // answered (a slow machine): what they typed since is theirs, not ours to throw away.
      if (latestQuery.current === typed) {
        setQuery('');
        setActiveKey(null);
      }
    } catch (caught) {
      setError(describeError(caught).message);
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  function choose(option: Option) {
    if (option.kind === 'create') {
      void run(() => onCreate(option.name), `Created the theme “${option.name}” and tagged the quote to it.`);
      return;
    }
    const { tag } = option;
    if (applied.includes(tag.id)) void run(() => onRemove(tag), `Took ${tag.name} off the quote.`);
    else void run(() => onApply(tag), `Tagged to ${tag.name}.`);
  }

  function applyRecent(n: number): boolean {
    const tag = recentTags[n - 1];
    if (!tag) {
      setStatus(n === 1 ? 'No recent tags yet: tag a quote first.' : `There is no recent tag ${n}.`);
      return true;
    }
    if (applied.includes(tag.id)) {
      setStatus(`${tag.name} is already on this quote.`);
      return true;
    }
    void run(() => onApply(tag), `Tagged to ${tag.name}.`);
    return true;
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const index = active ? options.indexOf(active) : -1;
    const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
    if (digit && !event.ctrlKey && !event.metaKey && (event.altKey || (query === '' && !event.shiftKey))) {
      event.preventDefault();
      applyRecent(Number(digit));
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (options.length > 0) setActiveKey(options[(index + 1) % options.length]!.key);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (options.length > 0) setActiveKey(options[(index - 1 + options.length) % options.length]!.key);
        break;
      case 'PageDown':
      case 'PageUp': {
        event.preventDefault();
        if (options.length === 0) break;
        const step = event.key === 'PageDown' ? 8 : -8;
        setActiveKey(options[Math.min(options.length - 1, Math.max(0, index + step))]!.key);
        break;
      }
      case 'Enter':
        event.preventDefault();
        if (active) choose(active);
        break;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        onClose();
        break;
      case 'Backspace':
        if (query === '' && applied.length > 0) {
          event.preventDefault();
          const last = tagsById.get(applied.at(-1)!);
          if (last) void run(() => onRemove(last), `Took ${last.name} off the quote.`);
        }
        break;
      default:
        break;
    }
  }

  const appliedTags = applied.map((tagId) => tagsById.get(tagId)).filter((t): t is Tag => t !== undefined);

  return (
    <div className="tag-picker">
      <div className="tag-picker__applied">
        <p className="tag-picker__applied-title" id={`${id}-applied`}>
          Tags on this quote
        </p>
        {appliedTags.length === 0 ? (
          <p className="tag-picker__none">None yet.</p>
        ) : (
          <ul className="tag-chips" aria-labelledby={`${id}-applied`}>
            {appliedTags.map((tag) => (
              <li key={tag.id}>
                <TagChip tag={tag}>
                  <button
                    type="button"
                    className="tag-chip__remove"
                    aria-label={`Remove ${tag.name}`}
                    disabled={busy}
                    onClick={() => void run(() => onRemove(tag), `Took ${tag.name} off the quote.`)}
                  >
                    ×
                  </button>
                </TagChip>
              </li>
            ))}
          </ul>
        )}
      </div>
      <label className="tag-picker__label" htmlFor={`${id}-input`}>
        Add a tag
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="input tag-picker__input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={active ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        autoComplete="off"
        spellCheck={false}
        placeholder="Chapter, recommendation or theme"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveKey(null);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="tag-picker__list" role="listbox" id={`${id}-list`} aria-label="Tags" aria-multiselectable="true">
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${id}-group-${group.key}`}>
            <div role="presentation" id={`${id}-group-${group.key}`} className="tag-picker__group">
              {group.label}
            </div>
            {group.options.map((option) => {
              const isActive = option === active;
              if (option.kind === 'create') {
                return (
                  <div
                    key={option.key}
                    id={optionId(option)}
                    role="option"
                    aria-selected="false"
                    className={isActive ? 'tag-option tag-option--active tag-option--create' : 'tag-option tag-option--create'}
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseMove={() => setActiveKey(option.key)}
                    onClick={() => choose(option)}
                  >
                    <span className="tag-option__plus" aria-hidden="true">
                      +
                    </span>
                    <span className="tag-option__name">Create theme “{option.name}”</span>
                  </div>
                );
              }
              const { tag } = option;
              const on = applied.includes(tag.id);
              const colour = tagColour(tag);
              const parent = tag.parentId ? tagsById.get(tag.parentId) : undefined;
              return (
                <div
                  key={option.key}
                  id={optionId(option)}
                  role="option"
                  aria-selected={on}
                  className={['tag-option', isActive ? 'tag-option--active' : '', tag.kind === 'section' && group.key === 'structure' ? 'tag-option--child' : ''].filter(Boolean).join(' ')}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseMove={() => setActiveKey(option.key)}
                  onClick={() => choose(option)}
                >
                  <span className="tag-option__swatch" style={{ backgroundColor: colour.line }} aria-hidden="true" />
                  <span className="tag-option__name">
                    {tag.name}
                    {parent && group.key !== 'structure' ? <span className="tag-option__parent"> · {parent.name}</span> : null}
                  </span>
                  {option.shortcut !== null ? (
                    <kbd className="tag-option__key" aria-hidden="true">
                      {option.shortcut}
                    </kbd>
                  ) : null}
                  <span className="tag-option__check" aria-hidden="true">
                    {on ? '✓' : ''}
                  </span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <p className="tag-picker__hint" id={`${id}-hint`}>
        ↑ ↓ to choose, Enter to apply (or remove), {recentTags.length > 0 ? '1–9 for a recent tag, ' : ''}Backspace to remove the last, Esc to close.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {error ? (
        <p className="field__error tag-picker__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function TagChip({ tag, children }: { tag: Tag; children?: ReactNode }) {
  const colour = tagColour(tag);
  return (
    <span className="tag-chip" style={{ backgroundColor: colour.tint, borderLeftColor: colour.line }}>
      <span className="tag-chip__name">{tag.name}</span>
      {children}
    </span>
  );
}
