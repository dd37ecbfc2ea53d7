/**
 * What can be done with a chart: save it as an image in the store for the report (with a title),
 * or download it as a PNG file.
 */
import { useState, type RefObject } from 'react';
import type { Chart as ChartInstance } from 'chart.js';
import type { Id } from '../../../../../shared/domain/types';
import { useAnnounce } from '../../../components/Announcer';
import { fileSlug } from '../metrics-format';
import { downloadDataUrl } from './png';
import { SaveFigureDialog } from './SaveFigureDialog';

interface Props {
  /** A line or a bar chart: all that is needed of either is its picture. */
  chartRef: RefObject<Pick<ChartInstance, 'toBase64Image'> | null>;
  chartKind: 'trend' | 'groups';
  defaultTitle: string;
  indicatorId: Id;
  investigationId: Id;
}

export function ChartActions({ chartRef, chartKind, defaultTitle, indicatorId, investigationId }: Props) {
  const announce = useAnnounce();
  const [saving, setSaving] = useState(false);
  const image = () => chartRef.current?.toBase64Image('image/png', 1) ?? null;

  return (
    <div className="toolbar metric-chart__actions">
      <button type="button" className="button button--small button--secondary" onClick={() => setSaving(true)}>
        Save as image for the report…
      </button>
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={() => {
          const url = image();
          if (!url) return;
          downloadDataUrl(url, `${fileSlug(defaultTitle)}.png`);
          announce(`Downloaded “${defaultTitle}” as a PNG file.`);
        }}
      >
        Download PNG<span className="visually-hidden"> of “{defaultTitle}”</span>
      </button>
      {saving ? (
        <SaveFigureDialog
          image={image}
          chartKind={chartKind}
          defaultTitle={defaultTitle}
          indicatorId={indicatorId}
          investigationId={investigationId}
          onClose={() => setSaving(false)}
        />
      ) : null}
    </div>
  );
}
