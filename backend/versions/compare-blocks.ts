/**
 * The body of the report, block by block. Blocks are matched by id, so a paragraph keeps its
 * identity however much it is edited or wherever it is moved:
 *   - in the later version only: added; in the earlier only: removed;
 *   - in both with different words: changed (word by word), and noted if it also moved;
 *   - in both with the same words but elsewhere: moved. "Elsewhere" is another chapter or
 *     section, or out of order: the blocks kept in both are lined up (the longest common order)
 *     and those that do not fit it are the ones that moved, so one paragraph moved up does not
 *     make every paragraph it jumped over look moved too.
 * Text the workbench writes itself (Committee Activity) has no ids; it is lined up by its words
 * within each chapter.
 */
import { diffArrays } from 'diff';
import type { BlockChange } from '../../shared/domain/versions';
import { blockLabel, placeName, type PlacedBlock } from './placed-blocks';
import { wholeText, wordChanges } from './word-diff';

/** A change, with the chapter it is listed under and where it goes in the later version's order. */
export interface PlacedChange {
  chapterId: string;
  /** The block's index in the later version; a removed block goes just after what preceded it. */
  order: number;
  change: BlockChange;
}

function labelFor(later: PlacedBlock, earlier: PlacedBlock | null): string {
  const label = blockLabel(later);
  if (earlier && later.block.kind === 'recommendation' && earlier.block.kind === 'recommendation') {
    const before = earlier.block.recommendation.number;
    if (before !== later.block.recommendation.number) return `${label} (was ${before})`;
  }
  return label;
}

function change(placed: PlacedBlock, order: number, status: BlockChange['status'], words: BlockChange['words'], label: string, movedFrom: string | null = null): PlacedChange {
  return {
    chapterId: placed.chapterId,
    order,
    change: { status, blockId: placed.blockId, kind: placed.block.kind, label, sectionTitle: placed.sectionTitle, movedFrom, words },
  };
}

/** Ids of the blocks kept in both whose order changed. */
function outOfOrder(from: PlacedBlock[], to: PlacedBlock[], kept: Set<string>): Set<string> {
  const before = from.flatMap((p) => (p.blockId && kept.has(p.blockId) ? [p.blockId] : []));
  const after = to.flatMap((p) => (p.blockId && kept.has(p.blockId) ? [p.blockId] : []));
  const moved = new Set<string>();
  for (const part of diffArrays(before, after)) if (part.added || part.removed) for (const id of part.value) moved.add(id);
  return moved;
}

function compareStored(from: PlacedBlock[], to: PlacedBlock[]): PlacedChange[] {
  const earlier = new Map(from.flatMap((p) => (p.blockId ? [[p.blockId, p] as const] : [])));
  const later = new Set(to.flatMap((p) => (p.blockId ? [p.blockId] : [])));
  const kept = new Set([...later].filter((id) => earlier.has(id)));
  const reordered = outOfOrder(from, to, kept);
  const changes: PlacedChange[] = [];
  for (const placed of to) {
    if (!placed.blockId) continue;
    const before = earlier.get(placed.blockId);
    if (!before) {
      changes.push(change(placed, placed.index, 'added', wholeText('added', placed.text.text), labelFor(placed, null)));
      continue;
    }
    const elsewhere = before.chapterId !== placed.chapterId || before.sectionId !== placed.sectionId;
    // Said as it was, so a paragraph moved within its own section still says where from: "Paragraph 2 in Foreword".
    const movedFrom = elsewhere || reordered.has(placed.blockId) ? `${blockLabel(before)} in ${placeName(before)}` : null;
    if (before.text.key !== placed.text.key) {
      changes.push(change(placed, placed.index, 'changed', wordChanges(before.text.text, placed.text.text), labelFor(placed, before), movedFrom));
    } else if (movedFrom !== null) {
      changes.push(change(placed, placed.index, 'moved', wholeText('same', placed.text.text), labelFor(placed, before), movedFrom));
    }
  }
  const laterIndex = new Map(to.flatMap((p) => (p.blockId ? [[p.blockId, p.index] as const] : [])));
  let anchor = -1;
  for (const placed of from) {
    const kept = placed.blockId ? laterIndex.get(placed.blockId) : undefined;
    if (kept !== undefined) anchor = kept;
    else if (placed.blockId) changes.push(change(placed, anchor + 0.5 + placed.index / 1e6, 'removed', wholeText('removed', placed.text.text), blockLabel(placed)));
  }
  return changes;
}

function compareGenerated(from: PlacedBlock[], to: PlacedBlock[]): PlacedChange[] {
  const byChapter = (list: PlacedBlock[]) => {
    const map = new Map<string, PlacedBlock[]>();
    for (const placed of list) if (!placed.blockId) map.set(placed.chapterId, [...(map.get(placed.chapterId) ?? []), placed]);
    return map;
  };
  const earlier = byChapter(from);
  const later = byChapter(to);
  const changes: PlacedChange[] = [];
  for (const chapterId of new Set([...earlier.keys(), ...later.keys()])) {
    const before = earlier.get(chapterId) ?? [];
    const after = later.get(chapterId) ?? [];
    let i = 0;
    let j = 0;
    for (const part of diffArrays(before.map((p) => p.text.key), after.map((p) => p.text.key))) {
      for (let n = 0; n < part.count; n += 1) {
        if (part.removed) {
          const placed = before[i++]!;
          const previous = after[j - 1]?.index ?? -1;
          changes.push(change(placed, previous + 0.5 + placed.index / 1e6, 'removed', wholeText('removed', placed.text.text), blockLabel(placed)));
        } else if (part.added) {
          const placed = after[j++]!;
          changes.push(change(placed, placed.index, 'added', wholeText('added', placed.text.text), blockLabel(placed)));
        } else {
          i += 1;
          j += 1;
        }
      }
    }
  }
  return changes;
}

export function compareBlocks(from: PlacedBlock[], to: PlacedBlock[]): PlacedChange[] {
  return [...compareStored(from, to), ...compareGenerated(from, to)];
}
