/** A chart from the metrics register (a figure saved there as an image), placed in the draft. */
import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Modal } from '../../../components/Modal';
import { Loading, LoadError } from '../../../components/QueryStatus';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDraft } from '../DraftContext';
import { useBlockSave, type BlockPlacement } from './useBlockSave';

interface Props {
  placement?: BlockPlacement;
  existing?: { blockId: string; figureId: string };
  onClose: () => void;
  onCreated?: (blockId: string) => void;
}

export function ChartDialog({ placement, existing, onClose, onCreated }: Props) {
  const { submit, saveBlock } = useBlockSave({ placement, existingBlockId: existing?.blockId, onClose, onCreated });
  const id = useId();
  const { investigationId } = useDraft();
  const figures = useApiQuery(`draft-figures:${investigationId}`, (client) => client.call('figures.list', { investigationId }), { investigationId, entities: ['metric', 'figure'] });
  const [figureId, setFigureId] = useState(existing?.figureId ?? '');

  const save = (event: FormEvent) => {
    event.preventDefault();
    void saveBlock({ kind: 'chart', content: { figureId } }, { changed: 'Chart changed.', added: 'Chart added.' });
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
