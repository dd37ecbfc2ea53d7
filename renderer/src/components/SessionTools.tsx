/**
 * The right-hand end of the header: Undo and Redo of quote and tag actions (also Ctrl/⌘+Z,
 * Ctrl/⌘+Shift+Z and Ctrl+Y anywhere outside a text field), and who is working at this computer.
 */
import { isMac } from '../format/keys';
import { useUndoRedo, useUndoShortcuts } from '../hooks/useUndoRedo';
import { WhoIsWorking } from '../views/profile/WhoIsWorking';
import '../views/evidence/evidence.css';

export function SessionTools() {
  const { state, undo, redo } = useUndoRedo();
  useUndoShortcuts(undo, redo);
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
