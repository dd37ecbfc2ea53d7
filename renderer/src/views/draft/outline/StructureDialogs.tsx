/**
 * Adding, renaming and deleting chapters and sections. Deleting one that still has content asks
 * the clerk to say so explicitly ("Delete its 14 blocks too"); the store refuses otherwise, and
 * always refuses while a member's dissent or reservation is in it.
 */
import { useId, useState, type FormEvent } from 'react';
import { CHAPTER_KINDS, type Chapter, type ChapterKind, type Section } from '../../../../../shared/domain/types';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { fieldError, useSubmit } from '../../../hooks/useSubmit';
import { count } from '../../../format/plural';
import { CHAPTER_KIND_NAMES, chapterHeading } from '../draft-format';
import { goTo } from '../draft-links';
import { useDraft } from '../DraftContext';

function Actions({ busy, label, onClose, danger }: { busy: boolean; label: string; onClose: () => void; danger?: boolean }) {
  return (
    <div className="form-actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={busy}>
        {label}
      </button>
      <button type="button" className="button button--secondary" onClick={onClose}>
        Cancel
      </button>
    </div>
  );
}

export function AddChapterDialog({ after, onClose }: { after: Chapter | null; onClose: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const { investigationId } = useDraft();
  const [kind, setKind] = useState<ChapterKind>('chapter');
  const [title, setTitle] = useState('');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const outcome: { id: string | null; label: string | null } = { id: null, label: null };
    const ok = await submit.run(async () => {
      const made = await api.call('chapters.create', { investigationId, kind, title, ...(after ? { position: after.position + 1 } : {}) });
      outcome.id = made.id;
      outcome.label = made.label;
    });
    if (!ok || !outcome.id) return;
    announce(`Added “${chapterHeading({ label: outcome.label, title: title.trim() })}”.`);
    onClose();
    goTo(investigationId, outcome.id);
  };
  return (
    <Modal title="Add a chapter" onClose={onClose}>
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={{ title: `${id}-title` }} />
        {after ? <p>It goes after “{chapterHeading(after)}”.</p> : <p>It goes at the end of the report.</p>}
        <SelectField id={`${id}-kind`} label="Kind" required value={kind} onChange={(v) => setKind(v as ChapterKind)} options={CHAPTER_KINDS.map((k) => ({ value: k, label: CHAPTER_KIND_NAMES[k] }))} />
        <TextField id={`${id}-title`} label="Title" hint="Numbered chapters are labelled “Chapter one”, “Chapter two”… in order, by the workbench." required value={title} onChange={setTitle} error={fieldError(submit.fieldErrors, 'title')} />
        <Actions busy={submit.busy} label="Add the chapter" onClose={onClose} />
      </form>
    </Modal>
  );
}

export function RenameDialog({ chapter, section, onClose }: { chapter: Chapter; section?: Section; onClose: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const [title, setTitle] = useState(section?.title ?? chapter.title);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit.run(() => (section ? api.call('sections.update', { id: section.id, title }) : api.call('chapters.update', { id: chapter.id, title })));
    if (!ok) return;
    announce(`Renamed to “${title.trim()}”.`);
    onClose();
  };
  return (
    <Modal title={section ? `Rename the section “${section.title}”` : `Rename “${chapterHeading(chapter)}”`} onClose={onClose}>
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={{ title: `${id}-title` }} />
        <TextField id={`${id}-title`} label="Title" required value={title} onChange={setTitle} error={fieldError(submit.fieldErrors, 'title')} />
        <Actions busy={submit.busy} label="Rename" onClose={onClose} />
      </form>
    </Modal>
  );
}

export function AddSectionDialog({ chapter, onClose }: { chapter: Chapter; onClose: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const [title, setTitle] = useState('');
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit.run(() => api.call('sections.create', { chapterId: chapter.id, title }));
    if (!ok) return;
    announce(`Added the section “${title.trim()}” at the end of “${chapterHeading(chapter)}”.`);
    onClose();
  };
  return (
    <Modal title={`Add a section to “${chapterHeading(chapter)}”`} onClose={onClose}>
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={{ title: `${id}-title` }} />
        <TextField id={`${id}-title`} label="Title" required value={title} onChange={setTitle} error={fieldError(submit.fieldErrors, 'title')} />
        <Actions busy={submit.busy} label="Add the section" onClose={onClose} />
      </form>
    </Modal>
  );
}

/** Deleting a chapter or section: with content, only with the explicit choice to delete it too. */
export function DeleteStructureDialog({ chapter, section, onClose }: { chapter: Chapter; section?: Section; onClose: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const { data, investigationId } = useDraft();
  const blocks = data.blocks.filter((b) => (section ? b.sectionId === section.id : b.chapterId === chapter.id));
  const recommendations = blocks.filter((b) => b.kind === 'recommendation').length;
  const sections = section ? 0 : chapter.sections.length;
  const hasContent = blocks.length + sections > 0;
  const [withContent, setWithContent] = useState(false);
  const name = section ? `the section “${section.title}”` : `“${chapterHeading(chapter)}”`;
  const contents = [sections > 0 ? count(sections, 'section') : null, blocks.length - recommendations > 0 ? count(blocks.length - recommendations, 'block') : null, recommendations > 0 ? count(recommendations, 'recommendation') : null].filter(Boolean).join(', ');

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const deleteContent = hasContent ? withContent : undefined;
    const ok = await submit.run(() => (section ? api.call('sections.delete', { id: section.id, deleteContent }) : api.call('chapters.delete', { id: chapter.id, deleteContent })));
    if (!ok) return;
    announce(`Deleted ${name}${hasContent ? ' with its content' : ''}.`);
    onClose();
    if (!section) goTo(investigationId, null);
  };
  return (
    <Modal title={`Delete ${name}?`} onClose={onClose}>
      <form className="form" onSubmit={save} noValidate>
        {submit.formError ? (
          <p className="error-summary" role="alert">
            {submit.formError}
          </p>
        ) : null}
        {hasContent ? (
          <>
            <p>
              It still has {contents}. Move {blocks.length + sections === 1 ? 'it' : 'them'} elsewhere first, or delete {blocks.length + sections === 1 ? 'it' : 'them'} with it.
              {recommendations > 0 ? ' Deleted recommendations leave the summary list too, and later ones are renumbered.' : ''}
            </p>
            <div className="checkbox">
              <input type="checkbox" id={`${id}-content`} checked={withContent} onChange={(event) => setWithContent(event.target.checked)} />
              <label htmlFor={`${id}-content`}>Delete its {contents} too</label>
            </div>
          </>
        ) : (
          <p>It is empty.</p>
        )}
        <Actions busy={submit.busy} label={section ? 'Delete the section' : 'Delete the chapter'} onClose={onClose} danger />
      </form>
    </Modal>
  );
}
