/** Asks for a link's address: web (http:// or https://) or email (mailto:), the only links the report prints. */
import { useState, type FormEvent } from 'react';
import { safeHref } from '../../../../../shared/format/footnotes';
import { TextField } from '../../../components/Field';
import { Modal } from '../../../components/Modal';

export function linkProblem(href: string): string | null {
  const value = href.trim();
  if (value === '') return 'Enter the address the words link to.';
  if (!/^(https?:\/\/|mailto:)/i.test(value) || safeHref(value) === null) {
    return 'A link must be a web address starting http:// or https://, or an email address starting mailto:, with no spaces in it.';
  }
  return null;
}

export function LinkDialog({ initial, onSave, onClose }: { initial: string; onSave: (href: string) => void; onClose: () => void }) {
  const [href, setHref] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = linkProblem(href);
    if (problem) {
      setError(problem);
      return;
    }
    onSave(safeHref(href.trim())!);
  };
  return (
    <Modal title={initial ? 'Edit the link' : 'Add a link'} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <TextField id="draft-link-href" label="Web or email address" hint="For example https://www.london.gov.uk/… or mailto:name@london.gov.uk" value={href} onChange={setHref} error={error} required />
        <div className="form-actions">
          <button type="submit" className="button">
            {initial ? 'Save link' : 'Add link'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
