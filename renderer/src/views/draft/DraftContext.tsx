/**
 * What every part of the Write view shares: the draft's data, the open investigation, which
 * block is selected or being edited, and the footnote numbers the editors show.
 */
import { createContext, useContext } from 'react';
import type { InvestigationOverview } from '../../../../shared/domain/types';
import type { ReportBlock } from '../../../../shared/report/content';
import type { FootnoteLookup } from './editor/footnote-node';
import type { DraftData } from './useDraftData';

export interface DraftContextValue {
  investigationId: string;
  overview: InvestigationOverview;
  data: DraftData;
  footnotes: FootnoteLookup;
  remember: (block: ReportBlock) => void;
  /** The block whose text editor is open (one at a time). */
  editingId: string | null;
  setEditingId: (id: string | null) => void;
  /** The block chosen in the preview, the check list or by clicking it. */
  selectedId: string | null;
  select: (blockId: string) => void;
  /** Puts focus on a block's handle after it has been re-rendered (moved, added). */
  focusBlockSoon: (blockId: string) => void;
}

export const DraftContext = createContext<DraftContextValue | null>(null);

export function useDraft(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error('useDraft must be used inside the Draft area.');
  return value;
}
