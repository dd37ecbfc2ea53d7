/**
 * The report's outline: front matter, the introduction, the chapters and the closing matter, in
 * order, the open chapter with its sections. A chapter or section is reordered by dragging it, or
 * with Alt+↑ / Alt+↓ on its link; the move is saved, announced, and renumbers the chapters,
 * recommendations and footnotes after it.
 */
import { useState, type KeyboardEvent } from 'react';
import type { Chapter, Section } from '../../../../../shared/domain/types';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { describeError } from '../../../hooks/useSubmit';
import { CHAPTER_KIND_NAMES, chapterHeading, positionOf } from '../draft-format';
import { draftHref } from '../draft-links';
import { useDraft } from '../DraftContext';
import { DragArea, SortableList, moveKey, reorder, useSortableRow } from '../sortable';
import { AddChapterDialog } from './StructureDialogs';

const HINT_ID = 'draft-outline-hint';

function OutlineSection({ chapter, section, index, total, onMove }: { chapter: Chapter; section: Section; index: number; total: number; onMove: (delta: -1 | 1) => void }) {
  const { investigationId } = useDraft();
  const row = useSortableRow(`section:${section.id}`);
  const { ref, ...handle } = row.handle;
  return (
    <li ref={row.setNodeRef} style={row.style} className={row.isDragging ? 'draft-outline__section draft-outline__item--dragging' : 'draft-outline__section'}>
      <span className="draft-outline__grip" aria-hidden="true" ref={ref} {...pointerOnly(handle)}>
        ⠿
      </span>
      <a
        href={draftHref(investigationId, { chapter: chapter.id })}
        aria-describedby={HINT_ID}
        onKeyDown={(event: KeyboardEvent) => moveKey(event, onMove)}
        onClick={(event) => {
          // The chapter is open already: go to the section's heading in it.
          event.preventDefault();
          const heading = document.getElementById(`draft-section-${section.id}`);
          heading?.scrollIntoView({ block: 'start' });
          heading?.focus({ preventScroll: true });
        }}
      >
        <span className="visually-hidden">Section {index + 1} of {total}: </span>
        {section.title}
      </a>
    </li>
  );
}

/** Only the pointer listeners: the grip is for the mouse; the link next to it is the keyboard's. */
function pointerOnly(handle: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(handle).filter(([key]) => key.startsWith('on')));
}

function OutlineChapter({ chapter, index, total, current, onMove, onMoveSection }: {
  chapter: Chapter;
  index: number;
  total: number;
  current: boolean;
  onMove: (delta: -1 | 1) => void;
  onMoveSection: (section: Section, position: number) => void;
}) {
  const { investigationId } = useDraft();
  const row = useSortableRow(`chapter:${chapter.id}`);
  const { ref, ...handle } = row.handle;
  const sections = [...chapter.sections].sort((a, b) => a.position - b.position);
  const dropSection = (id: string, _from: string, to: { index: number }) => {
    const section = sections.find((s) => `section:${s.id}` === id);
    if (section) onMoveSection(section, reorder(sections.map((s) => `section:${s.id}`), id, to.index).indexOf(id));
  };
  return (
    <li ref={row.setNodeRef} style={row.style} className={['draft-outline__chapter', current ? 'draft-outline__chapter--current' : '', row.isDragging ? 'draft-outline__item--dragging' : ''].filter(Boolean).join(' ')}>
      <span className="draft-outline__grip" aria-hidden="true" ref={ref} {...pointerOnly(handle)}>
        ⠿
      </span>
      <a href={draftHref(investigationId, { chapter: chapter.id })} aria-current={current ? 'page' : undefined} aria-describedby={HINT_ID} onKeyDown={(event: KeyboardEvent) => moveKey(event, onMove)}>
        <span className="visually-hidden">{positionOf(index, total)}: </span>
        {chapterHeading(chapter)}
        {chapter.kind !== 'chapter' ? <span className="draft-outline__kind"> ({CHAPTER_KIND_NAMES[chapter.kind].toLowerCase()})</span> : null}
      </a>
      {current && sections.length > 0 ? (
        <DragArea onDrop={dropSection}>
          <SortableList id={`sections:${chapter.id}`} items={sections.map((s) => `section:${s.id}`)}>
            <ol className="draft-outline__sections" aria-label={`Sections of “${chapterHeading(chapter)}”`}>
              {sections.map((section, i) => (
                <OutlineSection key={section.id} chapter={chapter} section={section} index={i} total={sections.length} onMove={(delta) => onMoveSection(section, i + delta)} />
              ))}
            </ol>
          </SortableList>
        </DragArea>
      ) : null}
    </li>
  );
}

export function Outline({ currentId }: { currentId: string | null }) {
  const api = useApi();
  const announce = useAnnounce();
  const { overview } = useDraft();
  const [adding, setAdding] = useState(false);
  const [order, setOrder] = useState<{ base: Chapter[]; ids: string[] } | null>(null);
  const sorted = [...overview.chapters].sort((a, b) => a.position - b.position);
  const chapters = order && order.base === overview.chapters ? order.ids.map((id) => sorted.find((c) => c.id === id)!).filter(Boolean) : sorted;

  const focusChapterLink = (chapterId: string) =>
    window.requestAnimationFrame(() => document.querySelector<HTMLElement>(`.draft-outline a[href$="chapter=${chapterId}"]`)?.focus());

  const moveChapter = async (chapter: Chapter, position: number) => {
    const ids = chapters.map((c) => c.id);
    if (position < 0 || position >= ids.length) {
      announce(position < 0 ? 'It is already first in the report.' : 'It is already last in the report.');
      return;
    }
    setOrder({ base: overview.chapters, ids: reorder(ids, chapter.id, position) });
    try {
      await api.call('chapters.move', { id: chapter.id, position });
      announce(`Moved “${chapter.title}” to ${positionOf(position, ids.length)} in the report. Chapters, recommendations and footnotes after it are renumbered.`);
      focusChapterLink(chapter.id);
    } catch (error) {
      setOrder(null);
      announce(`“${chapter.title}” was not moved: ${describeError(error).message}`);
    }
  };

  const moveSection = async (chapter: Chapter, section: Section, position: number) => {
    if (position < 0 || position >= chapter.sections.length) {
      announce(position < 0 ? 'It is already the first section of this chapter.' : 'It is already the last section of this chapter.');
      return;
    }
    try {
      await api.call('sections.move', { id: section.id, position });
      announce(`Moved the section “${section.title}” to ${positionOf(position, chapter.sections.length)} in “${chapterHeading(chapter)}”.`);
    } catch (error) {
      announce(`The section was not moved: ${describeError(error).message}`);
    }
  };

  const dropChapter = (id: string, _from: string, to: { index: number }) => {
    const chapter = chapters.find((c) => `chapter:${c.id}` === id);
    if (chapter) void moveChapter(chapter, reorder(chapters.map((c) => `chapter:${c.id}`), id, to.index).indexOf(id));
  };

  const current = chapters.find((c) => c.id === currentId) ?? null;
  return (
    <nav className="draft-outline" aria-labelledby="draft-outline-title">
      <h2 id="draft-outline-title" className="draft-panel__title">
        Outline
      </h2>
      <p className="draft-outline__hint" id={HINT_ID}>
        Alt+↑ or Alt+↓ moves a chapter or section; or drag it.
      </p>
      <DragArea onDrop={dropChapter}>
        <SortableList id="chapters" items={chapters.map((c) => `chapter:${c.id}`)}>
          <ol className="draft-outline__chapters">
            {chapters.map((chapter, index) => (
              <OutlineChapter
                key={chapter.id}
                chapter={chapter}
                index={index}
                total={chapters.length}
                current={chapter.id === currentId}
                onMove={(delta) => void moveChapter(chapter, index + delta)}
                onMoveSection={(section, position) => void moveSection(chapter, section, position)}
              />
            ))}
          </ol>
        </SortableList>
      </DragArea>
      <button type="button" className="button button--small button--secondary" onClick={() => setAdding(true)}>
        Add a chapter
      </button>
      {adding ? <AddChapterDialog after={current} onClose={() => setAdding(false)} /> : null}
    </nav>
  );
}
