/**
 * From the browser's text selection in the reader to offsets in the transcript's text.
 *
 * Every piece of transcript text in the reader sits in a leaf element carrying `data-offset` (the
 * offset of its first character). A selection's ends may fall anywhere: in text, on a speaker's
 * name, on a page marker, between rows. Each end is clamped to the nearest transcript text inside
 * the selection: the start to the first text piece the selection touches, the end to the last.
 * A selection touching no transcript text at all (only a name or a page marker) has no offsets.
 */

export type SelectionOffsets =
  | { ok: true; start: number; end: number }
  /** none: nothing selected; outside: the selection is not in the reader; no-text: only names, markers or spaces. */
  | { ok: false; reason: 'none' | 'outside' | 'no-text' };

/** The transcript offset of a point inside a `data-offset` element. */
function offsetWithin(element: HTMLElement, node: Node, offsetInNode: number): number {
  const start = Number(element.dataset.offset);
  const range = document.createRange();
  range.setStart(element, 0);
  range.setEnd(node, offsetInNode);
  return start + range.toString().length;
}

function pieceOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest<HTMLElement>('[data-offset]') ?? null;
}

export function rangeOffsets(root: HTMLElement, range: Range): SelectionOffsets {
  if (range.collapsed) return { ok: false, reason: 'none' };
  if (!range.intersectsNode(root)) return { ok: false, reason: 'outside' };
  const pieces = [...root.querySelectorAll<HTMLElement>('[data-offset]')].filter((piece) => range.intersectsNode(piece));
  if (pieces.length === 0) return { ok: false, reason: 'no-text' };
  const first = pieces[0]!;
  const last = pieces.at(-1)!;
  const startPiece = pieceOf(range.startContainer);
  const endPiece = pieceOf(range.endContainer);
  const start = startPiece === first && root.contains(first) ? offsetWithin(first, range.startContainer, range.startOffset) : Number(first.dataset.offset);
  const end =
    endPiece === last && root.contains(last)
      ? offsetWithin(last, range.endContainer, range.endOffset)
      : Number(last.dataset.offset) + (last.textContent ?? '').length;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return { ok: false, reason: 'no-text' };
  if (end <= start) return { ok: false, reason: 'no-text' };
  return { ok: true, start, end };
}

export function selectionOffsets(root: HTMLElement | null, selection: Selection | null): SelectionOffsets {
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return { ok: false, reason: 'none' };
  return rangeOffsets(root, selection.getRangeAt(0));
}

/** What to tell the member when a selection cannot be marked. */
export function selectionMessage(reason: 'none' | 'outside' | 'no-text'): string {
  switch (reason) {
    case 'none':
      return 'Select some of the words spoken in the transcript, then press Q (or choose Mark quote).';
    case 'outside':
      return 'Select some of the words spoken in the transcript text, then press Q.';
    case 'no-text':
      return 'Select some of the words spoken, not only a speaker’s name or a page marker.';
  }
}

/** Whether the current selection lies (at least partly) in the reader's text. */
export function selectionInside(root: HTMLElement | null, selection: Selection | null): Range | null {
  if (!root || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  return range.intersectsNode(root) ? range : null;
}
