/**
 * The live preview: the report model printed by the one pure renderer the tests and the export
 * share (shared/report/render-html.ts), refreshed whenever the model reloads after a save.
 * Clicking a block in it selects that block in the editor (every printed block carries
 * `data-block-id`); choosing a block in the editor scrolls the preview to it.
 *
 * How it is put on the page, and why that is safe: the renderer's output is trusted — our own
 * pure function, every text and attribute value escaped, links only http(s) or mailto — so it is
 * inserted as HTML (`innerHTML`, which never runs a script even if one were there, and the page's
 * policy forbids inline script besides). It goes into a shadow root, so its ids ("contents",
 * "fn-12") and stylesheet stay its own and never meet the app's. Its links do not navigate: a
 * footnote or contents link scrolls the preview, a link out of the report does nothing here.
 * (A sandboxed frame would isolate it too, but a frame without scripts cannot report a click.)
 * Its links are left out of the tab order: the preview is for reading beside the editor, and
 * three hundred footnote links would stand between the editor and everything after it.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReportModel } from '../../../../shared/report/model';
import { renderReportHtml, reportStyle } from '../../../../shared/report/render-html';
import { anchors } from '../../../../shared/report/roles';
import { useApi } from '../../api/WorkbenchContext';

const EXTRA_STYLE = `
:host { display: block; font-size: 14px; background: #fff; }
.report { padding: 0.5rem 1rem 2rem; }
h1 { font-size: 1.6em; } h2 { font-size: 1.3em; } h3 { font-size: 1.1em; }
[data-block-id], .recommendation[data-recommendation-id] { cursor: pointer; }
[data-block-id]:hover { outline: 1px dashed #5f6a77; outline-offset: 2px; }
.preview-selected { outline: 3px solid #1d4f91 !important; outline-offset: 3px; }
`;

interface Props {
  model: ReportModel;
  selectedId: string | null;
  /** A click on a printed block: its id and chapter. */
  onSelect: (blockId: string, chapterId: string) => void;
}

export function PreviewPanel({ model, selectedId, onSelect }: Props) {
  const api = useApi();
  const scroller = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const [root, setRoot] = useState<ShadowRoot | null>(null);
  const [images, setImages] = useState<ReadonlyMap<string, string>>(new Map());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const modelRef = useRef(model);
  modelRef.current = model;

  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    setRoot(element.shadowRoot ?? element.attachShadow({ mode: 'open' }));
  }, []);

  // Charts are images in the store; fetched once each and shown as data: addresses.
  const charts = useMemo(() => {
    const found = new Map<string, string>();
    for (const chapter of model.chapters) {
      for (const block of [...chapter.blocks, ...chapter.sections.flatMap((s) => s.blocks)]) {
        if (block.kind === 'chart' && block.attachmentSha256) found.set(block.attachmentSha256, block.figureId);
      }
    }
    return found;
  }, [model]);
  useEffect(() => {
    let live = true;
    for (const [sha, figureId] of charts) {
      if (images.has(sha)) continue;
      api.call('figures.image', { id: figureId }).then(
        (image) => live && setImages((previous) => new Map(previous).set(sha, `data:${image.mediaType};base64,${image.base64}`)),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [api, charts, images]);

  const html = useMemo(() => renderReportHtml(model, { figureSrc: (sha) => images.get(sha) ?? null }), [model, images]);

  // Each new model replaces the content; the scroll position (the host's, outside) stays.
  useLayoutEffect(() => {
    if (!root) return;
    root.innerHTML = `<style>${reportStyle(':host')}${EXTRA_STYLE}</style>${html}`;
    root.querySelectorAll('a').forEach((link) => link.setAttribute('tabindex', '-1'));
    if (selectedId) root.getElementById(anchors.block(selectedId))?.classList.add('preview-selected');
  }, [root, html, selectedId]);

  useEffect(() => {
    if (!root || !selectedId) return;
    const element = root.getElementById(anchors.block(selectedId));
    element?.scrollIntoView({ block: 'center' });
  }, [root, selectedId]);

  useEffect(() => {
    if (!root) return;
    const onClick = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target) return;
      const link = target.closest('a');
      if (link) {
        event.preventDefault();
        const href = link.getAttribute('href') ?? '';
        if (href.startsWith('#')) root.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: 'start' });
        return;
      }
      const chapterId = target.closest('[data-chapter-id]')?.getAttribute('data-chapter-id');
      const blockId = target.closest('[data-block-id]')?.getAttribute('data-block-id');
      if (blockId && chapterId) {
        onSelectRef.current(blockId, chapterId);
        return;
      }
      // A recommendation in the summary list: its place in the body.
      const recommendationId = target.closest('[data-recommendation-id]')?.getAttribute('data-recommendation-id');
      const placed = modelRef.current.recommendations.find((r) => r.id === recommendationId);
      if (placed) onSelectRef.current(placed.blockId, placed.chapterId);
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [root]);

  return (
    <section className="draft-preview" aria-labelledby="draft-preview-title">
      <h2 id="draft-preview-title" className="draft-panel__title">
        Preview
      </h2>
      <p className="draft-preview__hint">Click a paragraph, quote or recommendation to open it in the draft.</p>
      <div className="draft-preview__frame" ref={scroller} role="region" aria-label="Preview of the report" tabIndex={0}>
        <div ref={host} className="draft-preview__page" />
      </div>
    </section>
  );
}
