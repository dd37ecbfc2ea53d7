/**
 * Everything the Draft area reads, loaded once for all its views and kept fresh: the blocks as
 * stored (what the editor edits), the report model (numbers, quotes, statements, the check list
 * and the preview), and members' dissents and reservations. Each reloads when the backend says
 * the store changed, so another window's edit shows here too.
 *
 * A block just saved is shown from the save's answer straight away (`remember`), until a reload
 * brings it back from the store, so text never jumps back to what it was while the lists reload.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ReportBlock } from '../../../../shared/report/content';
import type { ModelBlock, ModelFootnote, ReportModel, ReportProblem } from '../../../../shared/report/model';
import type { DraftObjection } from '../../../../shared/report/objections';
import { useApiQuery } from '../../hooks/useApiQuery';

export interface DraftData {
  blocks: ReportBlock[];
  model: ReportModel;
  objections: DraftObjection[];
  /** A footnote's printed number (its first printing), by register id. */
  footnoteNumbers: ReadonlyMap<string, number>;
  footnoteTexts: ReadonlyMap<string, string>;
  /** The model's printing of each stored block. */
  modelBlocks: ReadonlyMap<string, ModelBlock>;
  /** Footnotes printed for objections, by the block they are printed in. */
  objectionFootnotes: ReadonlyMap<string, ModelFootnote[]>;
  problemsByBlock: ReadonlyMap<string, ReportProblem[]>;
}

export interface DraftState {
  data: DraftData | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
  /** Shows a block as a save returned it until the store's copy catches up. */
  remember: (block: ReportBlock) => void;
}

function index(model: ReportModel): Pick<DraftData, 'footnoteNumbers' | 'footnoteTexts' | 'modelBlocks' | 'objectionFootnotes' | 'problemsByBlock'> {
  const footnoteNumbers = new Map<string, number>();
  const footnoteTexts = new Map<string, string>();
  const objectionFootnotes = new Map<string, ModelFootnote[]>();
  for (const footnote of model.footnotes) {
    if (footnote.footnoteId && !footnoteNumbers.has(footnote.footnoteId)) {
      footnoteNumbers.set(footnote.footnoteId, footnote.number);
      footnoteTexts.set(footnote.footnoteId, footnote.text);
    }
    if (footnote.objectionId && footnote.blockId) {
      const list = objectionFootnotes.get(footnote.blockId) ?? [];
      list.push(footnote);
      objectionFootnotes.set(footnote.blockId, list);
    }
  }
  const modelBlocks = new Map<string, ModelBlock>();
  for (const chapter of model.chapters) {
    for (const block of [...chapter.blocks, ...chapter.sections.flatMap((s) => s.blocks)]) if (block.blockId) modelBlocks.set(block.blockId, block);
  }
  const problemsByBlock = new Map<string, ReportProblem[]>();
  for (const problem of model.problems) {
    if (!problem.blockId) continue;
    problemsByBlock.set(problem.blockId, [...(problemsByBlock.get(problem.blockId) ?? []), problem]);
  }
  return { footnoteNumbers, footnoteTexts, modelBlocks, objectionFootnotes, problemsByBlock };
}

export function useDraftData(investigationId: string): DraftState {
  const scope = { investigationId };
  const blocks = useApiQuery(`draft-blocks:${investigationId}`, (api) => api.call('blocks.list', { investigationId }), { investigationId, entities: ['block', 'chapter', 'section', 'recommendation'] });
  // Everything in the store can change what the report prints (a quote's words, a source's title).
  const model = useApiQuery(`report-model:${investigationId}`, (api) => api.call('report.model', { investigationId }), scope);
  const objections = useApiQuery(`objections:${investigationId}`, (api) => api.call('objections.list', { investigationId }), { investigationId, entities: ['objection', 'footnote', 'member', 'block', 'recommendation'] });
  const [remembered, setRemembered] = useState<ReadonlyMap<string, ReportBlock>>(new Map());

  const remember = useCallback((block: ReportBlock) => setRemembered((previous) => new Map(previous).set(block.id, block)), []);

  const indexed = useMemo(() => (model.data ? index(model.data) : undefined), [model.data]);
  const merged = useMemo(() => {
    if (!blocks.data) return undefined;
    if (remembered.size === 0) return blocks.data;
    // The newer of the two copies wins: a reload after the save brings the same or a later one.
    return blocks.data.map((block) => {
      const saved = remembered.get(block.id);
      return saved && saved.updatedAt > block.updatedAt ? { ...block, content: saved.content, updatedAt: saved.updatedAt } : block;
    });
  }, [blocks.data, remembered]);

  const data = useMemo((): DraftData | undefined => {
    if (!merged || !model.data || !objections.data || !indexed) return undefined;
    return { blocks: merged, model: model.data, objections: objections.data, ...indexed };
  }, [merged, model.data, objections.data, indexed]);

  const { reload: reloadBlocks } = blocks;
  const { reload: reloadModel } = model;
  const { reload: reloadObjections } = objections;
  const reload = useCallback(() => {
    reloadBlocks();
    reloadModel();
    reloadObjections();
  }, [reloadBlocks, reloadModel, reloadObjections]);

  return {
    data,
    error: blocks.error ?? model.error ?? objections.error,
    loading: blocks.loading || model.loading || objections.loading,
    reload,
    remember,
  };
}
