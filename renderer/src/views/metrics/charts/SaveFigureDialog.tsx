/** Saving a chart as a figure for the report: its title, then the PNG is sent to the store. */
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../../../../shared/api/errors';
import type { Id } from '../../../../../shared/domain/types';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { fieldError, useSubmit } from '../../../hooks/useSubmit';
import { dataUrlBytes } from './png';

interface Props {
  /** The chart drawn now, as a PNG data URL (null if it has gone). */
  image: () => string | null;
  chartKind: 'trend' | 'groups';
  defaultTitle: string;
  indicatorId: Id;
  investigationId: Id;
  onClose: () => void;
}

export function SaveFigureDialog({ image, chartKind, defaultTitle, indicatorId, investigationId, onClose }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const prefix = useId();
  const [title, setTitle] = useState(defaultTitle);
  const ids = { title: `${prefix}-title` };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const ok = await submit.run(async () => {
      const url = image();
      if (!url) throw new ApiError('internal', 'The chart is no longer on the page. Close this and try again.');
      const uploaded = await api.upload('chart.png', dataUrlBytes(url).buffer);
      await api.call('figures.save', { investigationId, indicatorId, title, chartKind, uploadId: uploaded.uploadId });
    });
    if (!ok) return;
    announce(`Saved “${title.trim()}” as a figure for the report.`);
    onClose();
  }

  return (
    <Modal title="Save the chart for the report" onClose={onClose}>
      <form onSubmit={onSubmit} noValidate className="form">
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={ids} />
        <TextField id={ids.title} label="Figure title" hint="As the report will caption it." required value={title} onChange={setTitle} error={fieldError(submit.fieldErrors, 'title')} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            Save figure
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
