/**
 * A paragraph or bullet list: read as the report prints it, or — after Edit text, or a click on
 * the words — in the editor, saved as it is typed. A reservation on the paragraph is shown under
 * it with the number its footnote prints with.
 */
import { useCallback, useState } from 'react';
import type { Footnote } from '../../../../../shared/domain/sources';
import type { ReportBlock } from '../../../../../shared/report/content';
import type { RichTextDoc } from '../../../../../shared/report/rich-text';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { CitationPicker } from '../dialogs/CitationPicker';
import { useDraft } from '../DraftContext';
import { RichTextEditor } from '../editor/RichTextEditor';
import { useAutosave, type SaveState } from '../editor/useAutosave';
import { ObjectionList } from './ObjectionList';
import { RichTextView } from './RichTextView';

export function SaveStatus({ status }: { status: SaveState }) {
  switch (status.state) {
    case 'saved':
      return <span className="draft-save draft-save--saved">Saved</span>;
    case 'unsaved':
      return <span className="draft-save">Not yet saved</span>;
    case 'saving':
      return <span className="draft-save">Saving…</span>;
    case 'error':
      return (
        <span className="draft-save draft-save--error" role="alert">
          Not saved: {status.message}
        </span>
      );
  }
}

export function TextBlock({ block }: { block: ReportBlock }) {
  const api = useApi();
  const { investigationId, footnotes, remember, editingId, setEditingId, data, focusBlockSoon, select } = useDraft();
  const shape = block.kind === 'list' ? 'list' : 'paragraphs';
  const doc = block.content as RichTextDoc;
  const editing = editingId === block.id;
  const [picker, setPicker] = useState<((footnoteId: string) => void) | null>(null);

  const save = useCallback(
    async (content: RichTextDoc) => {
      const saved = await api.call('blocks.update', { id: block.id, block: { kind: block.kind as 'paragraph', content } });
      remember(saved);
    },
    [api, block.id, block.kind, remember],
  );
  const autosave = useAutosave(save);
  const announce = useAnnounce();

  const stopEditing = async () => {
    if (!(await autosave.flush())) return;
    setEditingId(null);
    focusBlockSoon(block.id);
    announce('Saved.');
  };

  const reservations = data.objections.filter((o) => o.kind === 'reservation' && o.blockId === block.id);
  return (
    <>
      {editing ? (
        <>
          <RichTextEditor
            shape={shape}
            initial={doc}
            label={block.kind === 'list' ? 'Text of the bullet list' : 'Text of the paragraph'}
            onChange={autosave.change}
            onBlur={() => void autosave.flush()}
            onRequestFootnote={(insert) => setPicker(() => insert)}
            onEscape={() => void stopEditing()}
          />
          <div className="draft-block__edit-foot">
            <SaveStatus status={autosave.status} />
            <button type="button" className="button button--small button--secondary" onClick={() => void stopEditing()}>
              Done
            </button>
          </div>
        </>
      ) : (
        <div
          className="draft-block__readable"
          onClick={(event) => {
            // A click on the words opens the editor; keyboard users have Edit text.
            if (!(event.target as HTMLElement).closest('button, a')) {
              select(block.id);
              setEditingId(block.id);
            }
          }}
        >
          <RichTextView doc={doc} footnotes={footnotes} />
        </div>
      )}
      <ObjectionList objections={reservations} />
      {picker ? (
        <CitationPicker
          investigationId={investigationId}
          onClose={() => setPicker(null)}
          onInserted={(footnote: Footnote) => {
            picker(footnote.id);
            setPicker(null);
            // The footnote exists in the register now; save the text that cites it straight away.
            void autosave.flush();
          }}
        />
      ) : null}
    </>
  );
}
