/**
 * Adding a block: what kind, and — from a block's "Add…" — whether before or after it. A
 * paragraph or list is made at once and opened in the editor; a quote, recommendation, metric
 * statement, chart or heading asks for what it needs first.
 */
import { useId, useState, type FormEvent } from 'react';
import type { BlockKind } from '../../../../../shared/report/content';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { Modal } from '../../../components/Modal';
import { useSubmit } from '../../../hooks/useSubmit';
import { BLOCK_KIND_NAMES, blockKindWord } from '../draft-format';
import { useDraft } from '../DraftContext';
import { ChartDialog } from './ChartDialog';
import { HeadingDialog } from './HeadingDialog';
import { MetricDialog } from './MetricDialog';
import { QuoteDialog } from './QuoteDialog';
import { RecommendationDialog } from './RecommendationDialog';

const KINDS: { kind: BlockKind; hint: string }[] = [
  { kind: 'paragraph', hint: 'Text with bold, italic, links and footnotes.' },
  { kind: 'list', hint: 'A bullet list.' },
  { kind: 'quote', hint: 'A witness’s words from the evidence, with attribution and footnote.' },
  { kind: 'recommendation', hint: 'Numbered automatically where it is placed.' },
  { kind: 'metric', hint: 'A sentence written from the metrics register’s figures.' },
  { kind: 'chart', hint: 'A chart saved in the metrics register.' },
  { kind: 'heading', hint: 'A heading within the chapter or section.' },
];

const EMPTY_PARAGRAPH = { type: 'doc', content: [{ type: 'paragraph' }] } as const;
const EMPTY_LIST = { type: 'doc', content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] }] } as const;

export interface AddAt {
  chapterId: string;
  sectionId: string | null;
  /** Before this position… */
  before: number;
  /** …or after it (both given when adding next to a block). */
  after: number | null;
  /** "Budgetary constraints", "Recommendation 3": for the question "before or after". */
  nextTo: string | null;
  /** The group's name, for the announcement. */
  groupName: string;
}

export function AddBlockDialog({ at, onClose }: { at: AddAt; onClose: () => void }) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const id = useId();
  const { setEditingId, focusBlockSoon, select } = useDraft();
  const [kind, setKind] = useState<BlockKind>('paragraph');
  const [side, setSide] = useState<'before' | 'after'>('after');
  const [step, setStep] = useState<'choose' | 'details'>('choose');
  const position = at.after !== null && side === 'after' ? at.after : at.before;
  const placement = { chapterId: at.chapterId, sectionId: at.sectionId, position };
  const where = at.nextTo ? `${side} ${at.nextTo}` : `at the end of “${at.groupName}”`;

  const created = (blockId: string, edit = false) => {
    select(blockId);
    if (edit) setEditingId(blockId);
    else focusBlockSoon(blockId);
  };

  const proceed = async (event: FormEvent) => {
    event.preventDefault();
    if (kind !== 'paragraph' && kind !== 'list') {
      setStep('details');
      return;
    }
    const outcome: { id: string | null } = { id: null };
    const ok = await submit.run(async () => {
      const made = await api.call('blocks.create', { ...placement, block: kind === 'list' ? { kind: 'list', content: EMPTY_LIST } : { kind: 'paragraph', content: EMPTY_PARAGRAPH } });
      outcome.id = made.id;
    });
    if (!ok || !outcome.id) return;
    announce(`${BLOCK_KIND_NAMES[kind]} added ${where}; type its text.`);
    onClose();
    created(outcome.id, true);
  };

  if (step === 'details') {
    const done = (blockId: string) => created(blockId);
    switch (kind) {
      case 'quote':
        return <QuoteDialog placement={placement} onClose={onClose} onCreated={done} />;
      case 'recommendation':
        return <RecommendationDialog placement={placement} where={where} onClose={onClose} onCreated={(result) => done(result.blockId)} />;
      case 'metric':
        return <MetricDialog placement={placement} onClose={onClose} onCreated={done} />;
      case 'chart':
        return <ChartDialog placement={placement} onClose={onClose} onCreated={done} />;
      case 'heading':
        return <HeadingDialog placement={placement} onClose={onClose} onCreated={done} />;
      default:
        return null;
    }
  }

  return (
    <Modal title="Add to the report" onClose={onClose}>
      <form className="form" onSubmit={proceed} noValidate>
        {submit.formError ? (
          <p className="error-summary" role="alert">
            {submit.formError}
          </p>
        ) : null}
        <fieldset className="fieldset">
          <legend>What to add</legend>
          <div className="choices">
            {KINDS.map((option) => (
              <div className="radio" key={option.kind}>
                <input type="radio" id={`${id}-${option.kind}`} name={`${id}-kind`} value={option.kind} checked={kind === option.kind} onChange={() => setKind(option.kind)} aria-describedby={`${id}-${option.kind}-hint`} />
                <label htmlFor={`${id}-${option.kind}`}>{BLOCK_KIND_NAMES[option.kind]}</label>
                <p className="field__hint" id={`${id}-${option.kind}-hint`}>
                  {option.hint}
                </p>
              </div>
            ))}
          </div>
        </fieldset>
        {at.nextTo && at.after !== null ? (
          <fieldset className="fieldset">
            <legend>Where</legend>
            <div className="choices choices--inline">
              {(['before', 'after'] as const).map((value) => (
                <div className="radio" key={value}>
                  <input type="radio" id={`${id}-${value}`} name={`${id}-side`} value={value} checked={side === value} onChange={() => setSide(value)} />
                  <label htmlFor={`${id}-${value}`}>
                    {value === 'before' ? 'Before' : 'After'} {at.nextTo}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button" disabled={submit.busy}>
            {kind === 'paragraph' || kind === 'list' ? `Add the ${blockKindWord(kind)}` : 'Continue'}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Modal>
  );
}
