/**
 * One chapter of the draft, as the clerk writes it: its own blocks (before its first section),
 * then each section's, in order. Blocks are dragged within and between sections, or moved one
 * place with Alt+↑ / Alt+↓ on their handle (past the top of a section into the one before); the
 * move shows at once, is saved, and is announced with where the block now is.
 */
import { useDroppable } from '@dnd-kit/core';
import { useRef, useState } from 'react';
import type { Chapter, Section } from '../../../../shared/domain/types';
import type { ReportBlock } from '../../../../shared/report/content';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { describeError } from '../../hooks/useSubmit';
import { applyMove, blocksOf, groupKey, stepTarget, type Group, type MoveTarget } from './block-moves';
import { BlockItem } from './BlockItem';
import { AddBlockDialog } from './dialogs/AddBlockDialog';
import { blockKindWord, chapterHeading, positionOf } from './draft-format';
import { useDraft } from './DraftContext';
import { AddSectionDialog, DeleteStructureDialog, RenameDialog } from './outline/StructureDialogs';
import { DragArea, SortableList, reorder } from './sortable';

const ROLE_NOTES = {
  foreword: 'The Chairman’s name and role are printed under the heading by the workbench.',
  executive_summary: null,
  recommendations: 'After any text here, the workbench prints every recommendation, numbered, with the members’ dissents: it is never typed twice.',
  committee_activity: 'After any text here, the workbench writes the meetings, panels and guests from Meetings & witnesses.',
} as const;

function EmptyGroup({ id }: { id: string }) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <li ref={setNodeRef} className={isOver ? 'draft-group__empty draft-group__empty--over' : 'draft-group__empty'}>
      Nothing here yet.
    </li>
  );
}

function BlockGroup({ group, blocks, onMove }: { group: Group; blocks: ReportBlock[]; onMove: (blockId: string, delta: -1 | 1) => void }) {
  const [adding, setAdding] = useState(false);
  const ids = blocks.map((b) => b.id);
  return (
    <div className="draft-group" data-draft-group={group.key}>
      <SortableList id={group.key} items={ids}>
        <ol className="draft-blocks" aria-label={`Blocks in “${group.name}”`}>
          {blocks.length === 0 ? <EmptyGroup id={group.key} /> : null}
          {blocks.map((block, index) => (
            <BlockItem key={block.id} block={block} index={index} total={blocks.length} groupName={group.name} onMove={(delta) => onMove(block.id, delta)} />
          ))}
        </ol>
      </SortableList>
      <button type="button" className="button button--small button--secondary draft-group__add" onClick={() => setAdding(true)}>
        Add to “{group.name}”
      </button>
      {adding ? (
        <AddBlockDialog at={{ chapterId: group.chapterId, sectionId: group.sectionId, before: blocks.length, after: null, nextTo: null, groupName: group.name }} onClose={() => setAdding(false)} />
      ) : null}
    </div>
  );
}

type StructureDialog = { kind: 'rename' | 'delete'; section?: Section } | { kind: 'add-section' } | null;

export function ChapterEditor({ chapter }: { chapter: Chapter }) {
  const api = useApi();
  const announce = useAnnounce();
  const { data, focusBlockSoon } = useDraft();
  const [optimistic, setOptimisticState] = useState<{ base: ReportBlock[]; blocks: ReportBlock[] } | null>(null);
  // Moves queue up (a clerk may press Alt+↓ three times quickly); each is worked out from the
  // blocks as the one before left them, which the ref holds before React has re-rendered.
  const optimisticRef = useRef(optimistic);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const setOptimistic = (value: { base: ReportBlock[]; blocks: ReportBlock[] } | null) => {
    optimisticRef.current = value;
    setOptimisticState(value);
  };
  const dataRef = useRef(data.blocks);
  dataRef.current = data.blocks;
  const current = () => (optimisticRef.current && optimisticRef.current.base === dataRef.current ? optimisticRef.current.blocks : dataRef.current);
  const [dialog, setDialog] = useState<StructureDialog>(null);
  const blocks = optimistic && optimistic.base === data.blocks ? optimistic.blocks : data.blocks;
  const heading = chapterHeading(chapter);
  const role = data.model.chapters.find((c) => c.id === chapter.id)?.role ?? null;
  const sections = [...chapter.sections].sort((a, b) => a.position - b.position);
  const groups: Group[] = [
    { key: groupKey(chapter.id, null), chapterId: chapter.id, sectionId: null, name: heading },
    ...sections.map((s) => ({ key: groupKey(chapter.id, s.id), chapterId: chapter.id, sectionId: s.id, name: s.title })),
  ];

  const move = async (blockId: string, target: MoveTarget, group: Group) => {
    const now = current();
    const block = now.find((b) => b.id === blockId);
    if (!block) return;
    const moved = applyMove(now, blockId, target);
    setOptimistic({ base: dataRef.current, blocks: moved });
    try {
      await api.call('blocks.move', { id: blockId, chapterId: target.chapterId, sectionId: target.sectionId, position: target.position });
      const size = blocksOf(moved, target).length;
      announce(`Moved the ${blockKindWord(block.kind)} to ${positionOf(target.position, size)} in “${group.name}”.`);
      focusBlockSoon(blockId);
    } catch (error) {
      setOptimistic(null);
      announce(`The ${blockKindWord(block.kind)} was not moved: ${describeError(error).message}`);
    }
  };

  const enqueue = (work: () => Promise<void> | void) => {
    queue.current = queue.current.then(work, work);
  };

  const step = (blockId: string, delta: -1 | 1) =>
    enqueue(() => {
      const target = stepTarget(current(), groups, blockId, delta);
      if (!target) {
        announce(delta < 0 ? 'It is already first in this chapter. Use Move to… to move it to another chapter.' : 'It is already last in this chapter. Use Move to… to move it to another chapter.');
        return;
      }
      return move(blockId, target, target.group);
    });

  const drop = (blockId: string, from: string, to: { container: string; index: number }) => {
    const group = groups.find((g) => g.key === to.container);
    if (!group) return;
    const ids = blocksOf(blocks, group).map((b) => b.id);
    // Within one list dnd-kit's index counts the item itself; `reorder` places it exactly there.
    const position = from === to.container ? reorder(ids, blockId, to.index).indexOf(blockId) : to.index;
    enqueue(() => move(blockId, { chapterId: group.chapterId, sectionId: group.sectionId, position }, group));
  };

  return (
    <section className="draft-chapter" aria-labelledby={`draft-chapter-${chapter.id}`}>
      <div className="draft-chapter__head">
        <h2 id={`draft-chapter-${chapter.id}`} tabIndex={-1}>
          {heading}
        </h2>
        <div className="draft-chapter__actions">
          <button type="button" className="button button--small button--secondary" onClick={() => setDialog({ kind: 'rename' })}>
            Rename<span className="visually-hidden"> the chapter</span>
          </button>
          <button type="button" className="button button--small button--secondary" onClick={() => setDialog({ kind: 'add-section' })}>
            Add a section
          </button>
          <button type="button" className="button button--small button--quiet-danger" onClick={() => setDialog({ kind: 'delete' })}>
            Delete<span className="visually-hidden"> the chapter</span>
          </button>
        </div>
      </div>
      {role && ROLE_NOTES[role] ? <p className="notice notice--info">{ROLE_NOTES[role]}</p> : null}
      <DragArea onDrop={drop}>
        <BlockGroup group={groups[0]!} blocks={blocksOf(blocks, groups[0]!)} onMove={step} />
        {sections.map((section, index) => {
          const group = groups[index + 1]!;
          return (
            <section key={section.id} className="draft-section" aria-labelledby={`draft-section-${section.id}`}>
              <div className="draft-section__head">
                <h3 id={`draft-section-${section.id}`} tabIndex={-1}>
                  {section.title}
                </h3>
                <div className="draft-chapter__actions">
                  <button type="button" className="button button--small button--secondary" onClick={() => setDialog({ kind: 'rename', section })}>
                    Rename<span className="visually-hidden"> the section “{section.title}”</span>
                  </button>
                  <button type="button" className="button button--small button--quiet-danger" onClick={() => setDialog({ kind: 'delete', section })}>
                    Delete<span className="visually-hidden"> the section “{section.title}”</span>
                  </button>
                </div>
              </div>
              <BlockGroup group={group} blocks={blocksOf(blocks, group)} onMove={step} />
            </section>
          );
        })}
      </DragArea>
      {dialog?.kind === 'rename' ? <RenameDialog chapter={chapter} section={dialog.section} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? <DeleteStructureDialog chapter={chapter} section={dialog.section} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'add-section' ? <AddSectionDialog chapter={chapter} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
