/** A chart from the metrics register (a figure saved there as an image), placed in the draft. */
import { useId, useState, type FormEvent } from 'react';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Modal } from '../../../components/Modal';
import { Loading, LoadError } from '../../../components/QueryStatus';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDraft } from '../DraftContext';

interface Props {
  placement?: { chapterId: string; sectionId: string | null; position: number };
  existing?: { blockId: string; figureId: string };
  onClose: () => void;
  onCreated?: (blockId: string) => void;
}

export function ChartDialog({ placement, existing, onClose, onCreated }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const { investigationId, remember } = useDraft();
  const figures = useApiQuery(`draft-figures:${investigationId}`, (client) => client.call('figures.list', { investigationId }), { investigationId, entities: ['metric', 'figure'] });
  const [figureId, setFigureId] = useState(existing?.figureId ?? '');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const outcome: { blockId: string | null } = { blockId: null };
    const ok = await submit.run(async () => {
      const block = { kind: 'chart' as const, content: { figureId } };
      if (existing) remember(await api.call('blocks.update', { id: existing.blockId, block }));
      else outcome.blockId = (await api.call('blocks.create', { ...placement!, block })).id;
    });
    if (!ok) return;
    announce(existing ? 'Chart changed.' : 'Chart added.');
    if (outcome.blockId) onCreated?.(outcome.blockId);
    onClose();
  };

  let body;
  if (figures.error && !figures.data) body = <LoadError error={figures.error} what="the charts" onRetry={figures.reload} />;
  else if (!figures.data) body = <Loading what="the charts" />;
  else if (figures.data.length === 0) body = <p className="notice notice--info">No charts are saved in the metrics register yet. Save one from an indicator in Metrics first.</p>;
  else
    body = (
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={{ 'block.content.figureId': `${id}-0` }} />
        <fieldset className="fieldset">
          <legend>Chart</legend>
          <div className="choices">
            {figures.data.map((figure, index) => (
              <div className="radio" key={figure.id}>
                <input type="radio" id={`${id}-${index}`} name={`${id}-figure`} value={figure.id} checked={figureId === figure.id} onChange={() => setFigureId(figure.id)} />
                <label htmlFor={`${id}-${index}`}>{figure.title}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {existing ? 'Use this chart' : 'Add the chart'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    );
  return (
    <Modal title={existing ? 'Change the chart' : 'Add a chart'} onClose={onClose}>
      {body}
    </Modal>
  );
}
