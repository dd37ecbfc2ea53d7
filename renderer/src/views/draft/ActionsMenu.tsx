/**
 * A block's less frequent actions behind one button, so its bar stays one line beside the text:
 * a disclosure (button with aria-expanded) opening a short list of buttons. Opening it puts focus
 * on the first; ↑/↓ move; Escape, a choice, or a click elsewhere closes it and focus returns.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  /** Read after the label by screen readers: " from Recommendation 3". */
  context?: string;
  danger?: boolean;
  onSelect: () => void;
}

export function ActionsMenu({ label, context, items }: { label: string; context?: string; items: MenuItem[] }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!open) return;
    listRef.current?.querySelector('button')?.focus();
    const outside = (event: MouseEvent) => {
      if (!(event.target instanceof Node) || (!listRef.current?.contains(event.target) && !buttonRef.current?.contains(event.target))) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? (at + 1) % buttons.length : (at - 1 + buttons.length) % buttons.length;
      buttons[next]?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <span className="draft-menu">
      <button ref={buttonRef} type="button" className="button button--small button--quiet" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen((o) => !o)}>
        {label}
        {context ? <span className="visually-hidden">{context}</span> : null}
      </button>
      {open ? (
        <ul className="draft-menu__list" id={`${id}-list`} ref={listRef} onKeyDown={onKeyDown}>
          {items.map((item) => (
            <li key={item.label}>
              <button
                type="button"
                className={item.danger ? 'draft-menu__danger' : undefined}
                onClick={() => {
                  // Focus back on the menu's button first: a dialog the item opens returns focus there.
                  buttonRef.current?.focus();
                  setOpen(false);
                  item.onSelect();
                }}
              >
                {item.label}
                {item.context ? <span className="visually-hidden">{item.context}</span> : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
