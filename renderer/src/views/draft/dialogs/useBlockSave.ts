/**
 * Saving a block from its dialog: the chart, heading and metric dialogs add a block where it was
 * asked for, or change the one they were opened on, then say so and close.
 */
import type { BlockBody } from '../../../../../shared/report/content';
import { useApi } from '../../../api/WorkbenchContext';
import { useAnnounce } from '../../../components/Announcer';
import { useSubmit } from '../../../hooks/useSubmit';
import { useDraft } from '../DraftContext';

/** Where a new block goes: a chapter, or one of its sections, at a position. */
export interface BlockPlacement {
  chapterId: string;
  sectionId: string | null;
  position: number;
}

interface Options {
  placement?: BlockPlacement;
  /** The block being changed; absent when a new one is added at `placement`. */
  existingBlockId?: string;
  onClose: () => void;
  onCreated?: (blockId: string) => void;
}

export function useBlockSave({ placement, existingBlockId, onClose, onCreated }: Options) {
  const api = useApi();
  const announce = useAnnounce();
  const submit = useSubmit();
  const { remember } = useDraft();

  /** Saves `block`; `said` is announced: `changed` for an existing block, `added` for a new one. */
  async function saveBlock(block: BlockBody, said: { changed: string; added: string }): Promise<void> {
    const outcome: { blockId: string | null } = { blockId: null };
    const ok = await submit.run(async () => {
      if (existingBlockId) remember(await api.call('blocks.update', { id: existingBlockId, block }));
      else outcome.blockId = (await api.call('blocks.create', { ...placement!, block })).id;
    });
    if (!ok) return;
    announce(existingBlockId ? said.changed : said.added);
    if (outcome.blockId) onCreated?.(outcome.blockId);
    onClose();
  }

  return { submit, saveBlock };
}
