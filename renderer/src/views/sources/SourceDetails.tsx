/**
 * The chosen source in full: every field, the sources it probably duplicates, and where it is
 * cited (each footnote by number, with its text; choosing one opens it in the Footnotes view).
 * Editing and deleting start here.
 */
import { useState } from 'react';
import type { Source, SourceDetail } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { LoadError } from '../../components/QueryStatus';
import { useApiQuery } from '../../hooks/useApiQuery';
import { count } from '../../format/plural';
import { hrefFor } from '../../routing/routes';
import { SOURCE_ENTITIES } from './entities';
import { NEW_WINDOW_NOTE_ID } from './FootnoteRuns';
import { SourceDialog } from './SourceDialog';
import { formatPartialDate, safeHref, SOURCE_KIND_NAMES } from './sources-format';
import { sourceName } from './source-rows';

interface Props {
  headingId: string;
  source: Source | null;
  all: Source[];
  investigationId: Id;
  onDeleted: () => void;
}

export function SourceDetails({ headingId, source, all, investigationId, onDeleted }: Props) {
  return (
    <section className="source-details" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {source ? source.title : 'Source details'}
      </h3>
      {source ? (
        <Details key={source.id} source={source} all={all} investigationId={investigationId} headingId={headingId} onDeleted={onDeleted} />
      ) : (
        <p className="muted">Move to a row of the grid (or click one) to see the source in full and where it is cited.</p>
      )}
    </section>
  );
}

function Details({ source, all, investigationId, headingId, onDeleted }: { source: Source; all: Source[]; investigationId: Id; headingId: string; onDeleted: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const detail = useApiQuery<SourceDetail>(`source:${source.id}`, (client) => client.call('sources.get', { id: source.id }), {
    investigationId,
    entities: SOURCE_ENTITIES,
  });
  const href = safeHref(source.url);
  const twins = source.likelyDuplicateIds.map((id) => all.find((s) => s.id === id)).filter((s): s is Source => s !== undefined);
  const footnotesBase = `${hrefFor({ name: 'investigation', id: investigationId, area: 'sources' })}?view=footnotes`;
  const heading = () => document.getElementById(headingId);

  return (
    <>
      <dl className="facts source-details__facts">
        <div>
          <dt>Kind</dt>
          <dd>{SOURCE_KIND_NAMES[source.kind]}</dd>
        </div>
        <div>
          <dt>Publisher</dt>
          <dd>{source.publisher ?? <span className="muted">None recorded</span>}</dd>
        </div>
        <div>
          <dt>Title</dt>
          <dd>{source.title}</dd>
        </div>
        <div>
          <dt>Link</dt>
          <dd>
            {href ? (
              <a href={href} target="_blank" rel="noreferrer noopener" className="source-details__url" aria-describedby={NEW_WINDOW_NOTE_ID}>
                {source.url}
              </a>
            ) : source.url ? (
              // Never made a link: the address is not a web or mail address.
              <span className="source-details__url">{source.url}</span>
            ) : (
              <span className="muted">None</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Date published</dt>
          <dd>{formatPartialDate(source.publishedOn, 'Not recorded')}</dd>
        </div>
        <div>
          <dt>Date accessed</dt>
          <dd>{formatPartialDate(source.accessedOn, 'Not recorded')}</dd>
        </div>
        <div>
          <dt>Notes</dt>
          <dd className="source-details__notes">{source.notes ?? <span className="muted">None</span>}</dd>
        </div>
        <div>
          <dt>Cited</dt>
          <dd>{source.citationCount === 0 ? 'Not cited' : count(source.citationCount, 'time')}</dd>
        </div>
        {twins.length > 0 ? (
          <div>
            <dt>Likely duplicate of</dt>
            <dd>
              <ul className="plain-list">
                {twins.map((twin) => (
                  <li key={twin.id}>{sourceName(twin)}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      <div className="toolbar">
        <button type="button" className="button button--secondary" onClick={() => setDialog('edit')}>
          Edit source
        </button>
        <button type="button" className="button button--quiet-danger" onClick={() => setDialog('delete')}>
          Delete source
        </button>
      </div>
      <h4>Where this is cited</h4>
      {detail.error && !detail.data ? <LoadError error={detail.error} what="where this source is cited" onRetry={detail.reload} /> : null}
      {detail.data ? (
        detail.data.uses.length === 0 ? (
          <p className="muted">No footnote cites this source.</p>
        ) : (
          <ul className="source-uses">
            {[...detail.data.uses]
              .sort((a, b) => a.footnotePosition - b.footnotePosition)
              .map((use) => (
                <li key={use.citationId}>
                  <a href={`${footnotesBase}&footnote=${encodeURIComponent(use.footnoteId)}`}>
                    Footnote {use.footnotePosition}
                    {use.locator ? `, ${use.locator}` : ''}
                  </a>
                  <span className="source-uses__text">{use.footnoteText}</span>
                </li>
              ))}
          </ul>
        )
      ) : !detail.error ? (
        <p className="loading">Finding where it is cited…</p>
      ) : null}
      {dialog === 'edit' ? <SourceDialog investigationId={investigationId} source={source} all={all} onClose={() => setDialog(null)} onSaved={() => undefined} /> : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={`Delete “${source.title}”?`}
          confirmLabel="Delete source"
          onConfirm={() => api.call('sources.delete', { id: source.id })}
          onDone={() => {
            announce(`Deleted the source “${source.title}”.`);
            onDeleted();
          }}
          onClose={() => setDialog(null)}
          fallbackFocus={heading}
        >
          <p>
            {source.citationCount > 0
              ? `It is cited ${count(source.citationCount, 'time')}: a cited source cannot be deleted until its footnotes cite another source (or it is merged into one).`
              : 'No footnote cites it. It is removed from the register.'}
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
