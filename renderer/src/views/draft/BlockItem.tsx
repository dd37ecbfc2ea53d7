/**
 * One block of the draft: a bar with its handle (drag it, or Alt+↑/↓ on it to move it), its kind
 * and its actions, and the block itself as the report prints it — or its editor.
 */
import { useState, type KeyboardEvent } from 'react';
import type { HeadingContent, MetricContent, QuoteContent, ReportBlock } from '../../../../shared/report/content';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ChartBlock } from './blocks/ChartBlock';
import { HeadingBlock } from './blocks/HeadingBlock';
import { MetricBlock } from './blocks/MetricBlock';
import { QuoteBlock } from './blocks/QuoteBlock';
import { RecommendationBlock } from './blocks/RecommendationBlock';
import { TextBlock } from './blocks/TextBlock';
import { ActionsMenu } from './ActionsMenu';
import { AddBlockDialog, type AddAt } from './dialogs/AddBlockDialog';
import { ChartDialog } from './dialogs/ChartDialog';
import { HeadingDialog } from './dialogs/HeadingDialog';
import { MetricDialog } from './dialogs/MetricDialog';
import { MoveBlockDialog } from './dialogs/MoveBlockDialog';
import { ObjectionDialog } from './dialogs/ObjectionDialog';
import { QuoteDialog } from './dialogs/QuoteDialog';
import { RecommendationDialog } from './dialogs/RecommendationDialog';
import { BLOCK_KIND_NAMES, blockKindWord } from './draft-format';
import { useDraft } from './DraftContext';
import { findRecommendation } from './recommendations';
import { moveKey, useSortableRow } from './sortable';

type Dialog = 'edit' | 'add' | 'move' | 'delete' | 'objection' | null;

interface Props {
  block: ReportBlock;
  index: number;
  total: number;
  groupName: string;
  onMove: (delta: -1 | 1) => void;
}

export function BlockItem({ block, index, total, groupName, onMove }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const { data, overview, selectedId, select, editingId, setEditingId } = useDraft();
  const row = useSortableRow(block.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const printed = data.modelBlocks.get(block.id);
  const problems = data.problemsByBlock.get(block.id) ?? [];
  const recommendationId = block.kind === 'recommendation' ? (block.content as { recommendationId: string }).recommendationId : null;
  const recommendation = findRecommendation(data, overview, recommendationId);
  const printedRecommendation = recommendationId ? data.model.recommendations.find((r) => r.id === recommendationId) : undefined;
  const name = printedRecommendation ? `Recommendation ${printedRecommendation.number}` : `this ${blockKindWord(block.kind)}`;
  const kindName = printedRecommendation ? `Recommendation ${printedRecommendation.number}` : BLOCK_KIND_NAMES[block.kind];
  const text = block.kind === 'paragraph' || block.kind === 'list';
  const editing = editingId === block.id;
  const startEditing = () => {
    select(block.id);
    setEditingId(block.id);
  };
  const addAt: AddAt = { chapterId: block.chapterId, sectionId: block.sectionId, before: block.position, after: block.position + 1, nextTo: name, groupName };

  const onHandleKey = (event: KeyboardEvent) => {
    if (moveKey(event, onMove)) return;
    if (event.key === 'Enter' && text) {
      event.preventDefault();
      startEditing();
    }
  };

  const body = () => {
    switch (block.kind) {
      case 'paragraph':
      case 'list':
        return <TextBlock block={block} />;
      case 'quote':
        return <QuoteBlock printed={printed?.kind === 'quote' ? printed : undefined} wordingChanged={problems.some((p) => p.code === 'quote_wording_changed')} />;
      case 'recommendation':
        return <RecommendationBlock recommendation={recommendation} printed={printedRecommendation} dissents={data.objections.filter((o) => o.kind === 'dissent' && o.recommendationId === recommendationId)} />;
      case 'metric':
        return <MetricBlock printed={printed?.kind === 'metric' ? printed : undefined} problem={problems.find((p) => p.code === 'metric_missing')?.message} />;
      case 'chart':
        return <ChartBlock printed={printed?.kind === 'chart' ? printed : undefined} />;
      case 'heading': {
        const content = block.content as HeadingContent;
        return <HeadingBlock text={content.text} level={content.level} />;
      }
    }
  };

  const editDialog = () => {
    const close = () => setDialog(null);
    switch (block.kind) {
      case 'quote':
        return <QuoteDialog existing={{ blockId: block.id, content: block.content as QuoteContent }} onClose={close} />;
      case 'recommendation':
        return recommendation ? <RecommendationDialog existing={recommendation} onClose={close} /> : null;
      case 'metric':
        return <MetricDialog existing={{ blockId: block.id, content: block.content as MetricContent }} onClose={close} />;
      case 'chart':
        return <ChartDialog existing={{ blockId: block.id, figureId: (block.content as { figureId: string }).figureId }} onClose={close} />;
      case 'heading': {
        const content = block.content as HeadingContent;
        return <HeadingDialog existing={{ blockId: block.id, text: content.text, level: content.level }} onClose={close} />;
      }
      default:
        return null;
    }
  };

  const classes = ['draft-block', `draft-block--${block.kind}`, selectedId === block.id ? 'draft-block--selected' : '', row.isDragging ? 'draft-block--dragging' : '', problems.some((p) => p.severity === 'error') ? 'draft-block--problem' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <li
      ref={row.setNodeRef}
      style={row.style}
      className={classes}
      data-draft-block={block.id}
      data-editing-scope=""
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('button, a, input, textarea, select, [contenteditable="true"]')) select(block.id);
      }}
    >
      <div className="draft-block__bar">
        <button type="button" className="draft-block__handle" {...row.handle} aria-label={`${kindName}, ${index + 1} of ${total} in “${groupName}”`} onKeyDown={onHandleKey} onFocus={() => select(block.id)}>
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="draft-block__kind">{kindName}</span>
        <span className="draft-block__actions">
          {text && !editing ? (
            <button type="button" className="button button--small button--quiet" onClick={startEditing}>
              Edit text<span className="visually-hidden"> of {name}</span>
            </button>
          ) : null}
          {!text ? (
            <button type="button" className="button button--small button--quiet" onClick={() => setDialog('edit')}>
              Edit<span className="visually-hidden"> {name}</span>
            </button>
          ) : null}
          <ActionsMenu
            label="More"
            context={` actions for ${name}`}
            items={[
              { label: 'Add before or after…', onSelect: () => setDialog('add') },
              ...(block.kind === 'recommendation' && recommendation ? [{ label: 'Record a dissent…', onSelect: () => setDialog('objection') }] : []),
              ...(text ? [{ label: 'Record a reservation…', onSelect: () => setDialog('objection') }] : []),
              { label: 'Move to another section…', onSelect: () => setDialog('move') },
              { label: block.kind === 'recommendation' ? 'Delete the recommendation…' : 'Delete…', danger: true, onSelect: () => setDialog('delete') },
            ]}
          />
        </span>
      </div>
      <div className="draft-block__body">{body()}</div>
      {problems.length > 0 && block.kind !== 'quote' && block.kind !== 'metric' ? (
        <ul className="draft-block__problems">
          {problems.map((problem, i) => (
            <li key={i} className={problem.severity === 'error' ? 'notice notice--error' : 'notice notice--warning'}>
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {dialog === 'edit' ? editDialog() : null}
      {dialog === 'add' ? <AddBlockDialog at={addAt} onClose={() => setDialog(null)} /> : null}
      {dialog === 'move' ? <MoveBlockDialog block={block} onClose={() => setDialog(null)} /> : null}
      {dialog === 'objection' ? (
        <ObjectionDialog target={block.kind === 'recommendation' ? { kind: 'dissent', recommendationId: recommendationId! } : { kind: 'reservation', blockId: block.id }} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'delete' ? (
        <ConfirmDialog
          title={block.kind === 'recommendation' ? `Delete ${name}?` : `Delete this ${blockKindWord(block.kind)}?`}
          confirmLabel={block.kind === 'recommendation' ? `Delete ${name}` : `Delete the ${blockKindWord(block.kind)}`}
          onConfirm={() => (recommendationId && recommendation ? api.call('recommendations.delete', { id: recommendationId }) : api.call('blocks.delete', { id: block.id }))}
          onDone={() => announce(block.kind === 'recommendation' ? `${name} deleted; the recommendations after it are renumbered.` : `${BLOCK_KIND_NAMES[block.kind]} deleted.`)}
          onClose={() => setDialog(null)}
          fallbackFocus={() => document.querySelector<HTMLElement>(`[data-draft-group="${block.chapterId}/${block.sectionId ?? '-'}"] .draft-group__add`)}
        >
          {block.kind === 'recommendation' ? (
            <p>The recommendation is deleted, not only taken out of this chapter: the summary list loses it too, and the recommendations after it are renumbered.</p>
          ) : (
            <p>Its footnotes stay in the sources register, unprinted.</p>
          )}
        </ConfirmDialog>
      ) : null}
    </li>
  );
}
