/**
 * A saved version as it read: its snapshot printed by the same renderer as the live preview.
 * The report's own links (contents, footnotes) are in-page anchors; they would change the app's
 * hash route, so they scroll within the preview instead.
 */
import { useMemo, type MouseEvent } from 'react';
import type { ReportVersion, ReportVersionDetail } from '../../../../../shared/domain/versions';
import { renderReportHtml } from '../../../../../shared/report/render-html';
import { Modal } from '../../../components/Modal';
import { Loading, LoadError } from '../../../components/QueryStatus';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { savedAt } from './versions-format';

export function VersionPreview({ version, onClose }: { version: ReportVersion; onClose: () => void }) {
  const detail = useApiQuery<ReportVersionDetail>(`version:${version.id}`, (api) => api.call('versions.get', { id: version.id }));
  const html = useMemo(() => (detail.data ? renderReportHtml(detail.data.model) : null), [detail.data]);

  const followAnchor = (event: MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const href = link?.getAttribute('href');
    if (!link || !href?.startsWith('#')) return;
    event.preventDefault();
    const target = event.currentTarget.querySelector<HTMLElement>(`[id="${CSS.escape(href.slice(1))}"]`);
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };

  return (
    <Modal title={`Preview of “${version.name}”`} onClose={onClose} wide>
      <p className="muted">
        The report as it read when this version was saved on {savedAt(version.createdAt)}
        {version.authorName ? ` by ${version.authorName}` : ''}.
      </p>
      {html !== null ? (
        // The renderer escapes every text and attribute and prints only http(s) and mailto links.
        <div className="version-preview" onClick={followAnchor} dangerouslySetInnerHTML={{ __html: html }} />
      ) : detail.error ? (
        <LoadError error={detail.error} what="the version" onRetry={detail.reload} />
      ) : (
        <Loading what="the version" />
      )}
    </Modal>
  );
}
