/**
 * The Write view: the outline on the left, the open chapter's blocks in the middle, the live
 * preview on the right. Which chapter and block are open is kept in the address
 * (?chapter=…&block=…): links from the check list and the outline navigate there; choosing a
 * block here only rewrites the address (no new history entry for every click).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useAnnounce } from '../../components/Announcer';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { count } from '../../format/plural';
import { ChapterEditor } from './ChapterEditor';
import { DraftContext, type DraftContextValue } from './DraftContext';
import { draftHref } from './draft-links';
import type { FootnoteLookup } from './editor/footnote-node';
import { FootnoteContext } from './editor/footnote-node';
import { Outline } from './outline/Outline';
import { PreviewPanel } from './PreviewPanel';
import type { DraftData, DraftState } from './useDraftData';

let revealing: number | null = null;

/**
 * Puts focus on a block's handle as soon as the block is on the page: straight away, or after
 * the re-render or reload that brings it (a block just added, or moved into another section,
 * which re-creates its element). Looks for up to five seconds, a frame at a time; once focused, it
 * watches a few frames more in case a re-render replaces the element (and so drops the focus) —
 * but never takes focus back from wherever the clerk has moved it since.
 */
function revealBlock(blockId: string, scroll: boolean): void {
  if (revealing !== null) window.cancelAnimationFrame(revealing);
  const until = Date.now() + 5000;
  let focusedAt: number | null = null;
  const look = () => {
    revealing = null;
    const element = document.querySelector<HTMLElement>(`[data-draft-block="${CSS.escape(blockId)}"]`);
    const handle = element?.querySelector<HTMLElement>('.draft-block__handle');
    if (element && handle) {
      const active = document.activeElement;
      const lost = !active || active === document.body || !active.isConnected;
      if (focusedAt === null || (lost && !element.contains(active))) {
        // The top of the block, below the page's header (the page's scroll padding allows for it).
        if (scroll && focusedAt === null) element.scrollIntoView({ block: 'start' });
        handle.focus({ preventScroll: scroll });
        focusedAt ??= Date.now();
      }
      if (Date.now() - focusedAt > 500) return;
    }
    if (Date.now() < until) revealing = window.requestAnimationFrame(look);
  };
  look();
}

function hashParams(): URLSearchParams {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at === -1 ? '' : hash.slice(at + 1));
}

export function WriteView({ draft, data }: { draft: DraftState; data: DraftData }) {
  const { overview } = useLoadedInvestigation();
  const announce = useAnnounce();
  const investigationId = overview.investigation.id;
  const chapters = useMemo(() => [...overview.chapters].sort((a, b) => a.position - b.position), [overview.chapters]);
  const chapterOfBlock = useCallback((blockId: string | null) => (blockId ? data.blocks.find((b) => b.id === blockId)?.chapterId ?? null : null), [data.blocks]);

  const initial = hashParams();
  const [chapterId, setChapterId] = useState<string | null>(() => initial.get('chapter') ?? chapterOfBlock(initial.get('block')));
  const [selectedId, setSelectedId] = useState<string | null>(() => initial.get('block'));
  const [editingId, setEditingId] = useState<string | null>(null);
  const [showPreview, setShowPreview] = useState(true);
  const focusBlockSoon = useCallback((blockId: string, scroll = false) => revealBlock(blockId, scroll), []);

  // Opened at a block (a link from the check list): shown and focused once it is on the page.
  useEffect(() => {
    const block = initial.get('block');
    if (block) revealBlock(block, true);
    // Only on opening the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Links (check list, outline, Back) change the address: follow them.
  useEffect(() => {
    const follow = () => {
      const params = hashParams();
      const block = params.get('block');
      const chapter = params.get('chapter') ?? chapterOfBlock(block);
      if (chapter) setChapterId(chapter);
      setSelectedId(block);
      if (block) focusBlockSoon(block, true);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [chapterOfBlock, focusBlockSoon]);

  const chapter = chapters.find((c) => c.id === chapterId) ?? chapters[0] ?? null;

  const select = useCallback(
    (blockId: string) => {
      setSelectedId(blockId);
      const chapterOf = chapterOfBlock(blockId) ?? chapter?.id ?? null;
      window.history.replaceState(window.history.state, '', draftHref(investigationId, { chapter: chapterOf, block: blockId }));
    },
    [chapterOfBlock, chapter?.id, investigationId],
  );

  const fromPreview = useCallback(
    (blockId: string, chapterOfIt: string) => {
      setChapterId(chapterOfIt);
      setSelectedId(blockId);
      window.history.replaceState(window.history.state, '', draftHref(investigationId, { chapter: chapterOfIt, block: blockId }));
      focusBlockSoon(blockId, true);
      const name = data.model.chapters.find((c) => c.id === chapterOfIt)?.heading;
      if (name) announce(`Opened in the draft, in “${name}”.`);
    },
    [announce, data.model.chapters, focusBlockSoon, investigationId],
  );

  const footnotes = useMemo<FootnoteLookup>(() => ({ number: (id) => data.footnoteNumbers.get(id), text: (id) => data.footnoteTexts.get(id) }), [data.footnoteNumbers, data.footnoteTexts]);

  const context: DraftContextValue = {
    investigationId,
    overview,
    data,
    footnotes,
    remember: draft.remember,
    editingId,
    setEditingId,
    selectedId,
    select,
    focusBlockSoon,
  };

  const errors = data.model.problems.filter((p) => p.severity === 'error').length;
  return (
    <DraftContext.Provider value={context}>
      <FootnoteContext.Provider value={footnotes}>
        <div className={showPreview ? 'draft-write' : 'draft-write draft-write--no-preview'}>
          <Outline currentId={chapter?.id ?? null} />
          <div className="draft-main">
            <div className="draft-main__bar">
              <p className="draft-main__facts">
                {count(data.model.recommendations.length, 'recommendation')}, {count(data.model.footnotes.length, 'footnote')}.{' '}
                {errors > 0 ? <a href={draftHref(investigationId, { view: 'check' })}>{count(errors, 'problem')} on the check list</a> : 'Nothing on the check list.'}
              </p>
              <div className="checkbox">
                <input type="checkbox" id="draft-show-preview" checked={showPreview} onChange={(event) => setShowPreview(event.target.checked)} />
                <label htmlFor="draft-show-preview">Show the preview</label>
              </div>
            </div>
            {chapter ? <ChapterEditor key={chapter.id} chapter={chapter} /> : <p className="empty">The report has no chapters yet. Add one from the outline.</p>}
          </div>
          {showPreview ? <PreviewPanel model={data.model} selectedId={selectedId} onSelect={fromPreview} /> : null}
        </div>
      </FootnoteContext.Provider>
    </DraftContext.Provider>
  );
}
