/** A chart from the metrics register: its image and title. */
import type { ModelBlock } from '../../../../../shared/report/model';
import { useApiQuery } from '../../../hooks/useApiQuery';

export function ChartBlock({ printed }: { printed: Extract<ModelBlock, { kind: 'chart' }> | undefined }) {
  const figureId = printed?.title ? printed.figureId : null;
  const image = useApiQuery(`draft-figure-image:${figureId ?? ''}`, (api) => (figureId ? api.call('figures.image', { id: figureId }) : Promise.resolve(null)));
  if (!printed?.title) {
    return (
      <p className="notice notice--error draft-flag" role="note">
        This chart was deleted from the metrics register. Choose another or remove the block.
      </p>
    );
  }
  return (
    <figure className="draft-chart">
      {image.data ? <img src={`data:${image.data.mediaType};base64,${image.data.base64}`} alt={printed.title} /> : null}
      <figcaption>{printed.title}</figcaption>
    </figure>
  );
}
