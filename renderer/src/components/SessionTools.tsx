/**
 * The right-hand end of the header: Undo and Redo of quote and tag actions (also Ctrl/⌘+Z,
 * Ctrl/⌘+Shift+Z and Ctrl+Y anywhere outside a text field, and Edit › Undo and Redo in the desktop
 * menu), and who is working at this computer.
 */
import { useEffect, useRef } from 'react';
import { useApi } from '../api/WorkbenchContext';
import { isMac } from '../format/keys';
import { isTextEntry, useUndoRedo, useUndoShortcuts } from '../hooks/useUndoRedo';
import { WhoIsWorking } from '../views/profile/WhoIsWorking';
import '../views/evidence/evidence.css';

/**
 * What Edit › Undo (or Redo) in the desktop menu should undo, given where the focus is: the typing
 * in a text field (as the menu's native item would), nothing while a dialog covers the page (as the
 * keyboard shortcuts), else the last quote or tag action.
 */
export function menuUndoTarget(focused: Element | null, dialogOpen: boolean): 'field' | 'nothing' | 'history' {
  if (isTextEntry(focused)) return 'field';
  if (dialogOpen) return 'nothing';
  return 'history';
}

/** Carries out Edit › Undo and Redo from the desktop menu (pushed as `app.command`). */
function useMenuUndo(undo: () => void, redo: () => void): void {
  const api = useApi();
  const latest = useRef({ undo, redo });
  latest.current = { undo, redo };
  useEffect(
    () =>
      api.subscribe('app.command', ({ command }) => {
        if (command !== 'undo' && command !== 'redo') return;
        switch (menuUndoTarget(document.activeElement, document.querySelector('dialog[open]') !== null)) {
          case 'field':
            // The field's own undo of typing, exactly what the menu's native item did before.
            document.execCommand(command);
            return;
          case 'nothing':
            return;
          case 'history':
            if (command === 'undo') latest.current.undo();
            else latest.current.redo();
        }
      }),
    [api],
  );
}

export function SessionTools() {
  const { state, undo, redo } = useUndoRedo();
  useUndoShortcuts(undo, redo);
  useMenuUndo(undo, redo);
  const mac = isMac();
  return (
    <div className="session-tools">
      <div className="session-tools__history" role="group" aria-label="Undo and redo">
        <button
          type="button"
          className="session-tools__button"
          disabled={!state?.canUndo}
          onClick={() => void undo()}
          aria-keyshortcuts={mac ? 'Meta+Z' : 'Control+Z'}
          title={state?.undoLabel ? `Undo: ${state.undoLabel} (${mac ? '⌘Z' : 'Ctrl+Z'})` : 'Nothing to undo'}
        >
          Undo
          {state?.undoLabel ? <span className="session-tools__label"> {state.undoLabel}</span> : null}
        </button>
        <button
          type="button"
          className="session-tools__button"
          disabled={!state?.canRedo}
          onClick={() => void redo()}
          aria-keyshortcuts={mac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
          title={state?.redoLabel ? `Redo: ${state.redoLabel} (${mac ? '⌘⇧Z' : 'Ctrl+Shift+Z'})` : 'Nothing to redo'}
        >
          Redo
          {state?.redoLabel ? <span className="session-tools__label"> {state.redoLabel}</span> : null}
        </button>
      </div>
      <WhoIsWorking />
    </div>
  );
}
