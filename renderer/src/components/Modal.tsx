/**
 * A modal dialog on the native <dialog> element: the browser traps focus, Escape closes it and
 * the page behind is inert. Focus goes back to what opened it, or to `fallbackFocus` when that
 * element has gone (e.g. the row that was just deleted).
 */
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Where focus should go on close if the opener no longer exists. */
  fallbackFocus?: () => HTMLElement | null;
  wide?: boolean;
}

export function Modal({ title, onClose, children, fallbackFocus, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const fallbackRef = useRef(fallbackFocus);
  fallbackRef.current = fallbackFocus;

  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // Start in the first field of a form rather than on "Close"; dialogs without fields
      // (confirmations, results) keep the browser's choice, which is never the destructive button.
      dialog.querySelector<HTMLElement>('.modal__body :is(input, select, textarea)')?.focus();
    }
    return () => {
      if (dialog?.open) dialog.close();
      // Wait for the re-render that may remove or replace the opener.
      window.requestAnimationFrame(() => {
        const target = opener && opener.isConnected ? opener : fallbackRef.current?.();
        if (!target) return;
        // Headings used as fallbacks are not focusable until given a tabindex.
        if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.tabIndex = -1;
        target.focus();
      });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'modal modal--wide' : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let React decide (it unmounts the dialog) rather than closing it behind its back.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal__header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button--quiet modal__close" onClick={onClose}>
          Close<span className="visually-hidden"> dialog</span>
        </button>
      </div>
      <div className="modal__body">{children}</div>
    </dialog>
  );
}
