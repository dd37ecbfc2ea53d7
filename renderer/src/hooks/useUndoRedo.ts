/**
 * Undo and redo of quote and tag actions. The history lives in the backend (for the session, so
 * it survives a reload of the page); the page shows what Undo and Redo would do, refreshed after
 * every store change, and says what happened in the polite status region.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { UndoState } from '../../../shared/domain/evidence';
import { useApi } from '../api/WorkbenchContext';
import { useAnnounce } from '../components/Announcer';
import { useApiQuery } from './useApiQuery';
import { describeError } from './useSubmit';

export interface UndoRedo {
  state: UndoState | undefined;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

export function useUndoRedo(): UndoRedo {
  const api = useApi();
  const announce = useAnnounce();
  // No scope: undo spans every investigation, and undoing announces a change to all of them.
  const query = useApiQuery('history-state', (client) => client.call('history.state', {}));
  const { reload } = query;
  const busy = useRef(false);

  const run = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (busy.current) return;
      busy.current = true;
      try {
        // Ask first: the label on screen may be a moment old (another window, a quick second press).
        const before = await api.call('history.state', {});
        const label = direction === 'undo' ? before.undoLabel : before.redoLabel;
        if (direction === 'undo' ? !before.canUndo : !before.canRedo) {
          announce(direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
          return;
        }
        await api.call(direction === 'undo' ? 'history.undo' : 'history.redo', {});
        announce(`${direction === 'undo' ? 'Undone' : 'Redone'}: ${label ?? 'the last change'}`);
      } catch (error) {
        announce(describeError(error).message);
      } finally {
        busy.current = false;
        reload();
      }
    },
    [api, announce, reload],
  );

  const undo = useCallback(() => run('undo'), [run]);
  const redo = useCallback(() => run('redo'), [run]);
  return { state: query.data, undo, redo };
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True where the browser's own undo belongs: typing in a field or editable text. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return false;
}

/**
 * Ctrl+Z / ⌘Z undoes; Ctrl+Shift+Z / ⌘⇧Z and Ctrl+Y redo — everywhere except in a text field,
 * where the browser's own undo of typing applies, and while a dialog is open.
 */
export function useUndoShortcuts(undo: () => void, redo: () => void): void {
  const latest = useRef({ undo, redo });
  latest.current = { undo, redo };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey);
      if (!isUndo && !isRedo) return;
      if (isTextEntry(event.target) || isTextEntry(document.activeElement)) return;
      // Behind an open dialog the page is inert: undoing there would change what cannot be seen.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (isUndo) latest.current.undo();
      else latest.current.redo();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
