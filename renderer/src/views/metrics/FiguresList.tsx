/** The charts saved as images for the report, each shown as it was saved, to download or delete. */
import { useId, useState } from 'react';
import type { Figure, Indicator } from '../../../../shared/domain/metrics';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Loading, LoadError } from '../../components/QueryStatus';
import { useApiQuery } from '../../hooks/useApiQuery';
import { longDateOr } from '../../format/dates';
import { downloadDataUrl } from './charts/png';
import { METRIC_ENTITIES } from './entities';
import { fileSlug } from './metrics-format';

const KIND_NAMES: Record<Figure['chartKind'], string> = { trend: 'Over time', groups: 'Groups compared' };

export function FiguresList({ investigationId, indicators }: { investigationId: Id; indicators: Indicator[] }) {
  const ids = useId();
  const figures = useApiQuery<Figure[]>(`figures:${investigationId}`, (api) => api.call('figures.list', { investigationId }), {
    investigationId,
    entities: METRIC_ENTITIES,
  });
  const names = new Map(indicators.map((i) => [i.id, i.name]));

  return (
    <section className="figures" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} tabIndex={-1}>
        Figures saved for the report
      </h2>
      {figures.error && !figures.data ? <LoadError error={figures.error} what="the saved figures" onRetry={figures.reload} /> : null}
      {!figures.data && !figures.error ? <Loading what="the saved figures" /> : null}
      {figures.data && figures.data.length === 0 ? <p className="muted">None yet. Open an indicator and use “Save as image for the report” under one of its charts.</p> : null}
      {figures.data && figures.data.length > 0 ? (
        <ul className="figure-list">
          {figures.data.map((figure) => (
            <FigureCard
              key={figure.id}
              figure={figure}
              indicatorName={figure.indicatorId ? (names.get(figure.indicatorId) ?? null) : null}
              onDeleted={figures.reload}
              headingId={`${ids}-heading`}
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function FigureCard({ figure, indicatorName, onDeleted, headingId }: { figure: Figure; indicatorName: string | null; onDeleted: () => void; headingId: string }) {
  const api = useApi();
  const announce = useAnnounce();
  const [deleting, setDeleting] = useState(false);
  // The image never changes once saved: load it once, whatever else changes in the store.
  const image = useApiQuery(`figure-image:${figure.id}`, (client) => client.call('figures.image', { id: figure.id }), { investigationId: figure.investigationId, entities: ['figure-image'] });
  const src = image.data ? `data:${image.data.mediaType};base64,${image.data.base64}` : null;

  return (
    <li className="figure-card">
      <h3 className="figure-card__title">{figure.title}</h3>
      <p className="figure-card__meta">
        {KIND_NAMES[figure.chartKind]}
        {indicatorName ? ` · ${indicatorName}` : ''} · saved {longDateOr(figure.createdAt.slice(0, 10), '')}
      </p>
      {src ? <img className="figure-card__image" src={src} alt={`Chart: ${figure.title}`} /> : null}
      {image.error && !image.data ? <LoadError error={image.error} what="the image" onRetry={image.reload} /> : null}
      {!image.data && !image.error ? <Loading what="the image" /> : null}
      <div className="toolbar">
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={!src}
          onClick={() => {
            if (!src) return;
            downloadDataUrl(src, `${fileSlug(figure.title)}.png`);
            announce(`Downloaded “${figure.title}”.`);
          }}
        >
          Download PNG<span className="visually-hidden"> of “{figure.title}”</span>
        </button>
        <button type="button" className="button button--small button--quiet-danger" onClick={() => setDeleting(true)}>
          Delete<span className="visually-hidden"> the figure “{figure.title}”</span>
        </button>
      </div>
      {deleting ? (
        <ConfirmDialog
          title={`Delete the figure “${figure.title}”?`}
          confirmLabel="Delete figure"
          onConfirm={() => api.call('figures.delete', { id: figure.id })}
          onDone={() => {
            announce(`Deleted the figure “${figure.title}”.`);
            onDeleted();
          }}
          onClose={() => setDeleting(false)}
          fallbackFocus={() => document.getElementById(headingId)}
        >
          <p>The saved image is removed. The indicator and its figures stay, and the chart can be saved again.</p>
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
