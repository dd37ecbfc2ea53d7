/**
 * The footnotes in order, as house style prints them. A filter narrows the list; each footnote
 * can be edited (with a live preview) or deleted, and new ones added. Arriving from "Where this
 * is cited" (…?view=footnotes&footnote=<id>) scrolls to that footnote and puts focus on it.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Footnote, Source } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery, type QueryState } from '../../hooks/useApiQuery';
import { useHashParam } from '../../hooks/useHashParam';
import { count } from '../../format/plural';
import { SOURCE_ENTITIES } from './entities';
import { FootnoteEditor } from './FootnoteEditor';
import { FootnoteRuns } from './FootnoteRuns';
import { fold, matchesWords } from './sources-format';

interface Props {
  investigationId: Id;
  sources: QueryState<Source[]>;
}

type Dialog = { kind: 'add' } | { kind: 'edit'; footnote: Footnote } | { kind: 'delete'; footnote: Footnote } | null;

export function FootnotesView({ investigationId, sources }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const ids = useId();
  const [target] = useHashParam('footnote');
  const [filter, setFilter] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const footnotes = useApiQuery<Footnote[]>(`footnotes:${investigationId}`, (client) => client.call('footnotes.list', { investigationId }), {
    investigationId,
    entities: SOURCE_ENTITIES,
  });

  const all = footnotes.data;
  const shown = useMemo(() => {
    if (!all) return [];
    const query = filter.trim();
    if (!query) return all;
    return all.filter((f) => matchesWords(fold(`${f.position} ${f.text}`), query));
  }, [all, filter]);

  // Go to the footnote named in the address once it is on the page.
  const reached = useRef<string | null>(null);
  useEffect(() => {
    if (!target || !all || reached.current === target) return;
    const element = document.getElementById(footnoteElementId(target));
    if (!element) return;
    reached.current = target;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [target, all]);

  if (footnotes.error && !all) return <LoadError error={footnotes.error} what="the footnotes" onRetry={footnotes.reload} />;
  if (!all) return <Loading what="the footnotes" />;

  const status = shown.length === all.length ? `${count(all.length, 'footnote')}.` : `Showing ${count(shown.length, 'footnote')} of ${all.length.toLocaleString('en-GB')}.`;

  return (
    <div className="footnotes">
      <div className="sources-toolbar">
        <div className="field">
          <label htmlFor={`${ids}-filter`}>Filter footnotes</label>
          <input
            id={`${ids}-filter`}
            className="input input--medium"
            type="search"
            value={filter}
            aria-describedby={`${ids}-status`}
            onChange={(event) => setFilter(event.target.value)}
          />
        </div>
        <div className="sources-toolbar__actions">
          <button type="button" className="button" onClick={() => setDialog({ kind: 'add' })}>
            Add a footnote
          </button>
        </div>
      </div>
      <p className="sources-status" id={`${ids}-status`}>
        <span role="status">{status}</span> <span className="muted">Filter finds words in a footnote, or its number.</span>
      </p>
      {all.length === 0 ? (
        <p className="notice notice--info">No footnotes yet. “Add a footnote” starts one: text, the sources it cites, and more text.</p>
      ) : (
        <ol className="footnote-list" ref={listRef}>
          {shown.map((footnote) => (
            <li
              key={footnote.id}
              id={footnoteElementId(footnote.id)}
              value={footnote.position}
              tabIndex={-1}
              className={footnote.id === target ? 'footnote footnote--target' : 'footnote'}
            >
              <span className="footnote__number">
                <span className="visually-hidden">Footnote </span>
                {footnote.position}
              </span>
              <p className="footnote__text">
                <FootnoteRuns runs={footnote.runs} />
              </p>
              <div className="footnote__actions">
                <button type="button" className="button button--small button--secondary" onClick={() => setDialog({ kind: 'edit', footnote })}>
                  Edit<span className="visually-hidden"> footnote {footnote.position}</span>
                </button>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => setDialog({ kind: 'delete', footnote })}>
                  Delete<span className="visually-hidden"> footnote {footnote.position}</span>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {shown.length === 0 && all.length > 0 ? <p className="empty">No footnotes match the filter.</p> : null}
      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <FootnoteEditor
          investigationId={investigationId}
          footnote={dialog.kind === 'edit' ? dialog.footnote : null}
          sources={sources.data ?? []}
          nextPosition={(all.at(-1)?.position ?? 0) + 1}
          onClose={() => setDialog(null)}
          onSaved={() => footnotes.reload()}
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete footnote ${dialog.footnote.position}?`}
          confirmLabel="Delete footnote"
          onConfirm={() => api.call('footnotes.delete', { id: dialog.footnote.id })}
          onDone={() => {
            announce(`Deleted footnote ${dialog.footnote.position}.`);
            footnotes.reload();
          }}
          onClose={() => setDialog(null)}
          fallbackFocus={() => listRef.current ?? document.getElementById(`${ids}-filter`)}
        >
          <blockquote className="footnote-quote">{dialog.footnote.text}</blockquote>
          <p>The footnote and its citations are removed; the sources stay in the register.</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

export function footnoteElementId(id: Id): string {
  return `footnote-${id}`;
}
