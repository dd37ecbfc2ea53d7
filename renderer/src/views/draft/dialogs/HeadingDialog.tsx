/** A heading inside a chapter or section: level 2 appears in the contents, 3 and 4 do not. */
import { useId, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';
import { fieldError } from '../../../hooks/useSubmit';
import { useBlockSave, type BlockPlacement } from './useBlockSave';

const LEVELS = [
  { value: '2', label: 'Level 2 (listed in the contents)' },
  { value: '3', label: 'Level 3' },
  { value: '4', label: 'Level 4' },
];

interface Props {
  placement?: BlockPlacement;
  existing?: { blockId: string; text: string; level: 2 | 3 | 4 };
  onClose: () => void;
  onCreated?: (blockId: string) => void;
}

export function HeadingDialog({ placement, existing, onClose, onCreated }: Props) {
  const { submit, saveBlock } = useBlockSave({ placement, existingBlockId: existing?.blockId, onClose, onCreated });
  const id = useId();
  const [text, setText] = useState(existing?.text ?? '');
  const [level, setLevel] = useState(String(existing?.level ?? 3));

  const save = (event: FormEvent) => {
    event.preventDefault();
    void saveBlock({ kind: 'heading', content: { text, level: Number(level) as 2 | 3 | 4 } }, { changed: 'Heading saved.', added: 'Heading added.' });
  };

  return (
    <Modal title={existing ? 'Edit the heading' : 'Add a heading'} onClose={onClose}>
      <form className="form" onSubmit={save} noValidate>
        <ErrorSummary message={submit.formError} fieldErrors={submit.fieldErrors} fieldIds={{ 'block.content.text': `${id}-text` }} />
        <TextField id={`${id}-text`} label="Heading" required value={text} onChange={setText} error={fieldError(submit.fieldErrors, 'block.content.text')} />
        <SelectField id={`${id}-level`} label="Level" required value={level} onChange={setLevel} options={LEVELS} />
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {existing ? 'Save the heading' : 'Add the heading'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
