/**
 * Reordering by drag (dnd-kit) and by keyboard (Alt+↑ / Alt+↓ on an item's handle), shared by
 * the outline's chapters and sections and the chapter's blocks.
 *
 * Only the pointer drags: the keyboard has its own, simpler path (one key press moves one place,
 * and the page's live region says where it went), so dnd-kit's own keyboard mode — Space to lift,
 * arrows, Space to drop — is not offered as a second way that behaves differently. Its
 * announcements for pointer drags are left quiet: the move is announced once, when it is saved.
 */
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { CSSProperties, KeyboardEvent, ReactNode } from 'react';

const QUIET = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

export const MOVE_INSTRUCTIONS = 'Press Alt and the up or down arrow to move it, or drag it with the mouse.';

export interface DropTarget {
  /** The list it was dropped into (the container id given to `SortableList`). */
  container: string;
  /** Its index there, counted without the item itself. */
  index: number;
}

/**
 * One drag area holding one or more sortable lists (a chapter's own blocks and each section's),
 * so an item can be dragged from one list into another.
 */
export function DragArea({ onDrop, children }: { onDrop: (id: string, from: string, to: DropTarget) => void; children: ReactNode }) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const end = (event: DragEndEvent) => {
    const { active, over } = event;
    if (!over) return;
    const from = active.data.current?.sortable?.containerId as string | undefined;
    const overSortable = over.data.current?.sortable as { containerId: string; index: number } | undefined;
    // Dropped on an empty list (its droppable, not an item in it): at its start.
    const to = overSortable ?? { containerId: String(over.id), index: 0 };
    if (!from || (from === to.containerId && active.id === over.id)) return;
    onDrop(String(active.id), from, { container: String(to.containerId), index: to.index });
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={end}
      accessibility={{ announcements: QUIET, screenReaderInstructions: { draggable: MOVE_INSTRUCTIONS } }}
    >
      {children}
    </DndContext>
  );
}

export function SortableList({ id, items, children }: { id: string; items: readonly string[]; children: ReactNode }) {
  return (
    <SortableContext id={id} items={items as string[]} strategy={verticalListSortingStrategy}>
      {children}
    </SortableContext>
  );
}

export interface SortableRow {
  setNodeRef: (node: HTMLElement | null) => void;
  style: CSSProperties;
  /** Spread on the handle button: it starts a drag, and carries the instructions. */
  handle: Record<string, unknown> & { ref: (element: HTMLElement | null) => void };
  isDragging: boolean;
}

export function useSortableRow(id: string): SortableRow {
  const sortable = useSortable({ id });
  const { transform } = sortable;
  return {
    setNodeRef: sortable.setNodeRef,
    style: {
      transform: transform ? `translate3d(${Math.round(transform.x)}px, ${Math.round(transform.y)}px, 0)` : undefined,
      transition: sortable.transition,
    },
    handle: { ref: sortable.setActivatorNodeRef, ...sortable.attributes, ...(sortable.listeners ?? {}) },
    isDragging: sortable.isDragging,
  };
}

/** Alt+↑ / Alt+↓: move one place up or down. Returns true when it handled the key. */
export function moveKey(event: KeyboardEvent, move: (delta: -1 | 1) => void): boolean {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return false;
  event.preventDefault();
  event.stopPropagation();
  move(event.key === 'ArrowUp' ? -1 : 1);
  return true;
}

/** `ids` with `id` moved to `index` (counted without it). */
export function reorder(ids: readonly string[], id: string, index: number): string[] {
  const rest = ids.filter((other) => other !== id);
  const at = Math.max(0, Math.min(index, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
