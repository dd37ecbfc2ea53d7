/**
 * Sources that are probably the same (same link, or same publisher and title), group by group.
 * For each group the clerk chooses the one to keep, confirms, and every citation of the others
 * moves to it; the others leave the register.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { DuplicateGroup, Source } from '../../../../shared/domain/sources';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { Modal } from '../../components/Modal';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery } from '../../hooks/useApiQuery';
import { count } from '../../format/plural';
import { useSubmit } from '../../hooks/useSubmit';
import { SOURCE_ENTITIES } from './entities';
import { formatPartialDate } from './sources-format';
import { sourceName } from './source-rows';

const REASONS: Record<DuplicateGroup['reason'], string> = {
  same_url: 'Same link',
  same_publisher_and_title: 'Same publisher and title',
};

interface Props {
  investigationId: Id;
  all: Source[];
  onClose: () => void;
  onMerged: (keptId: Id) => void;
}

export function DuplicatesDialog({ investigationId, all, onClose, onMerged }: Props) {
  const headingRef = useRef<HTMLParagraphElement>(null);
  const groups = useApiQuery<DuplicateGroup[]>(`source-duplicates:${investigationId}`, (api) => api.call('sources.duplicates', { investigationId }), {
    investigationId,
    entities: SOURCE_ENTITIES,
  });
  const byId = new Map(all.map((s) => [s.id, s]));

  return (
    <Modal title="Likely duplicates" onClose={onClose} wide>
      <p className="lead" ref={headingRef} tabIndex={-1}>
        Sources with the same link, or the same publisher and title, are probably one source recorded twice. Merging keeps the one you choose
        and moves every citation of the others to it.
      </p>
      {groups.error && !groups.data ? <LoadError error={groups.error} what="the likely duplicates" onRetry={groups.reload} /> : null}
      {!groups.data && !groups.error ? <Loading what="the likely duplicates" /> : null}
      {groups.data && groups.data.length === 0 ? <p className="notice notice--success">No likely duplicates: every source in the register looks distinct.</p> : null}
      {groups.data?.map((group) => (
        <DuplicateGroupForm
          key={group.sourceIds.join('|')}
          group={group}
          sources={group.sourceIds.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined)}
          onMerged={(keptId) => {
            groups.reload();
            onMerged(keptId);
            // The group's controls are gone; carry on from the top of the dialog.
            headingRef.current?.focus();
          }}
        />
      ))}
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function DuplicateGroupForm({ group, sources, onMerged }: { group: DuplicateGroup; sources: Source[]; onMerged: (keptId: Id) => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  // Keep the most cited by default: fewest footnotes change.
  const [keepId, setKeepId] = useState<Id>(() => [...sources].sort((a, b) => b.citationCount - a.citationCount)[0]?.id ?? '');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const keep = sources.find((s) => s.id === keepId);
  const others = sources.filter((s) => s.id !== keepId);
  const moving = others.reduce((n, s) => n + s.citationCount, 0);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (sources.length < 2) return null;
  const legend = `${REASONS[group.reason]}: ${sourceName(sources[0]!)}`;

  async function merge() {
    let result = { movedCitations: 0, removedSources: 0 };
    const ok = await submit.run(async () => {
      result = await api.call('sources.merge', { keepId, mergeIds: others.map((s) => s.id) });
    });
    if (ok) {
      announce(`Merged into “${keep ? sourceName(keep) : 'the source kept'}”: ${count(result.movedCitations, 'citation')} moved, ${count(result.removedSources, 'source')} removed.`);
      onMerged(keepId);
    }
  }

  return (
    <fieldset className="duplicate-group">
      <legend>{legend}</legend>
      <p className="field__hint">Choose the source to keep.</p>
      {sources.map((source) => (
        <div className="radio" key={source.id}>
          <input
            type="radio"
            id={`${prefix}-${source.id}`}
            name={`${prefix}-keep`}
            checked={keepId === source.id}
            onChange={() => {
              setKeepId(source.id);
              setConfirming(false);
            }}
          />
          <label htmlFor={`${prefix}-${source.id}`}>
            Keep {sourceName(source)}
            <span className="duplicate-group__facts">
              {[source.url, source.publishedOn ? `published ${formatPartialDate(source.publishedOn)}` : null, source.citationCount === 0 ? 'not cited' : `cited ${count(source.citationCount, 'time')}`]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </label>
        </div>
      ))}
      {confirming ? (
        <div className="duplicate-group__confirm" ref={confirmRef} tabIndex={-1} role="group" aria-label="Confirm the merge">
          {submit.formError ? (
            <p className="error-summary" role="alert">
              {submit.formError}
            </p>
          ) : null}
          <p>
            Merge {others.length === 1 ? 'the other source' : `the other ${others.length} sources`} into “{keep ? sourceName(keep) : ''}”?{' '}
            {moving > 0 ? `${count(moving, 'citation')} will cite it instead.` : 'Nothing cites the others.'} The others leave the register.
          </p>
          <div className="toolbar">
            <button type="button" className="button button--danger" disabled={submit.busy} onClick={merge}>
              Merge
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--secondary" disabled={!keep} onClick={() => setConfirming(true)}>
          Merge into the one kept…
        </button>
      )}
    </fieldset>
  );
}
