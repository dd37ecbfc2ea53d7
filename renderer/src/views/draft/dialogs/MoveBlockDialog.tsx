/**
 * Moving a block to another chapter or section, for when dragging it there would be a long way:
 * choose where, and whether at the start or the end.
 */
import { useId, useState, type FormEvent } from 'react';
import type { ReportBlock } from '../../../../../shared/report/content';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { SelectField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { useSubmit } from '../../../hooks/useSubmit';
import { blockKindWord, chapterHeading } from '../draft-format';
import { goTo } from '../draft-links';
import { useDraft } from '../DraftContext';

export function MoveBlockDialog({ block, onClose }: { block: ReportBlock; onClose: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const { overview, data, investigationId, focusBlockSoon } = useDraft();
  const chapters = [...overview.chapters].sort((a, b) => a.position - b.position);
  const groups = chapters.flatMap((chapter) => [
    { value: `${chapter.id}|`, label: chapter.sections.length > 0 ? `${chapterHeading(chapter)} (before its sections)` : chapterHeading(chapter), chapterId: chapter.id, sectionId: null as string | null },
    ...[...chapter.sections].sort((a, b) => a.position - b.position).map((section) => ({ value: `${chapter.id}|${section.id}`, label: `${chapterHeading(chapter)} › ${section.title}`, chapterId: chapter.id, sectionId: section.id as string | null })),
  ]);
  const [target, setTarget] = useState(`${block.chapterId}|${block.sectionId ?? ''}`);
  const [end, setEnd] = useState<'start' | 'end'>('end');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const group = groups.find((g) => g.value === target)!;
    const size = data.blocks.filter((b) => b.chapterId === group.chapterId && b.sectionId === group.sectionId && b.id !== block.id).length;
    const ok = await submit.run(() => api.call('blocks.move', { id: block.id, chapterId: group.chapterId, sectionId: group.sectionId, position: end === 'start' ? 0 : size }));
    if (!ok) return;
    announce(`Moved the ${blockKindWord(block.kind)} to the ${end} of ${group.label}.`);
    onClose();
    goTo(investigationId, group.chapterId, block.id);
    focusBlockSoon(block.id);
  };

  return (
    <Modal title={`Move this ${blockKindWord(block.kind)}`} onClose={onClose}>
      <form className="form" onSubmit={save} noValidate>
        {submit.formError ? (
          <p className="error-summary" role="alert">
            {submit.formError}
          </p>
        ) : null}
        <SelectField id={`${id}-to`} label="Move it to" required value={target} onChange={setTarget} options={groups.map((g) => ({ value: g.value, label: g.label }))} />
        <fieldset className="fieldset">
          <legend>Where there</legend>
          <div className="choices choices--inline">
            {(['start', 'end'] as const).map((value) => (
              <div className="radio" key={value}>
                <input type="radio" id={`${id}-${value}`} name={`${id}-end`} checked={end === value} onChange={() => setEnd(value)} />
                <label htmlFor={`${id}-${value}`}>At the {value}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            Move it
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
