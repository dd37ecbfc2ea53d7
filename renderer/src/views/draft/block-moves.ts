/**
 * Where a block goes when it is moved one place (Alt+↑ / Alt+↓) or dropped: pure, so the view can
 * show the move at once while the store makes it.
 */
import type { ReportBlock } from '../../../../shared/report/content';

export interface Group {
  /** "chapterId/sectionId" or "chapterId/-" for the chapter's own blocks. */
  key: string;
  chapterId: string;
  sectionId: string | null;
  name: string;
}

export interface MoveTarget {
  chapterId: string;
  sectionId: string | null;
  /** Among the group's blocks without the moved one, 0 = first. */
  position: number;
}

export function groupKey(chapterId: string, sectionId: string | null): string {
  return `${chapterId}/${sectionId ?? '-'}`;
}

export function blocksOf(blocks: readonly ReportBlock[], group: Pick<Group, 'chapterId' | 'sectionId'>): ReportBlock[] {
  return blocks.filter((b) => b.chapterId === group.chapterId && b.sectionId === group.sectionId).sort((a, b) => a.position - b.position);
}

/**
 * One place up or down; at the top (bottom) of its group, to the end (start) of the group before
 * (after) it in the chapter. Null when it is already first (last) in the chapter.
 */
export function stepTarget(blocks: readonly ReportBlock[], groups: readonly Group[], blockId: string, delta: -1 | 1): (MoveTarget & { group: Group }) | null {
  const block = blocks.find((b) => b.id === blockId);
  if (!block) return null;
  const at = groups.findIndex((g) => g.chapterId === block.chapterId && g.sectionId === block.sectionId);
  const group = groups[at];
  if (!group) return null;
  const siblings = blocksOf(blocks, group);
  const index = siblings.findIndex((b) => b.id === blockId);
  const next = index + delta;
  if (next >= 0 && next < siblings.length) return { chapterId: group.chapterId, sectionId: group.sectionId, position: next, group };
  const neighbour = groups[at + delta];
  if (!neighbour) return null;
  const size = blocksOf(blocks, neighbour).length;
  return { chapterId: neighbour.chapterId, sectionId: neighbour.sectionId, position: delta < 0 ? size : 0, group: neighbour };
}

/** The blocks with one moved, positions renumbered in the groups it left and joined. */
export function applyMove(blocks: readonly ReportBlock[], blockId: string, to: MoveTarget): ReportBlock[] {
  const moving = blocks.find((b) => b.id === blockId);
  if (!moving) return [...blocks];
  const rest = blocks.filter((b) => b.id !== blockId);
  const target = blocksOf(rest, to);
  const at = Math.max(0, Math.min(to.position, target.length));
  const ordered = [...target.slice(0, at), { ...moving, chapterId: to.chapterId, sectionId: to.sectionId }, ...target.slice(at)];
  const left = blocksOf(rest, moving);
  const positions = new Map<string, number>();
  ordered.forEach((b, i) => positions.set(b.id, i));
  left.forEach((b, i) => positions.has(b.id) || positions.set(b.id, i));
  return [...rest.filter((b) => !ordered.some((o) => o.id === b.id)), ...ordered].map((b) => ({ ...(b.id === blockId ? ordered[at]! : b), position: positions.get(b.id) ?? b.position }));
}
