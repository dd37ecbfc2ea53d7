/**
 * A small non-modal dialog beside a highlight (or a quote in the list): the quotes there, with
 * what can be done to them. It follows its anchor as the reader scrolls, stays inside the window,
 * opens below the anchor (above when there is no room), and scrolls itself when taller than the
 * window. Escape closes it; the reader decides where focus goes back to.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Header and status bar heights (styles.css: --header-height, --status-height). */
const TOP_LIMIT = 52;
const BOTTOM_LIMIT = 40;
const GAP = 8;
/** Below this, a capped panel would be too cramped to use: it may cover its anchor instead. */
const MIN_HEIGHT = 200;

interface Props {
  id: string;
  label: string;
  /** Where it points, in viewport coordinates, read again on every scroll. */
  anchor: () => DOMRect | null;
  pinned: boolean;
  onEscape: () => void;
  onMouseEnter?: () => void;
  onMouseLeave?: () => void;
  children: ReactNode;
}

export function QuotePopover({ id, label, anchor, pinned, onEscape, onMouseEnter, onMouseLeave, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const innerRef = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number; maxHeight: number | null } | null>(null);
  const anchorRef = useRef(anchor);
  anchorRef.current = anchor;

  const place = useCallback(() => {
    const element = ref.current;
    const rect = anchorRef.current();
    if (!element || !rect) return;
    const width = element.offsetWidth;
    // Its whole height, even while it is capped and scrolls.
    const height = element.scrollHeight + (element.offsetHeight - element.clientHeight);
    const bottomLimit = window.innerHeight - BOTTOM_LIMIT;
    const below = bottomLimit - (rect.bottom + GAP);
    const above = rect.top - GAP - TOP_LIMIT;
    let top: number;
    let maxHeight: number | null = null;
    if (height <= below) top = rect.bottom + GAP;
    else if (height <= above) top = rect.top - GAP - height;
    else if (Math.max(below, above) >= MIN_HEIGHT) {
      // Too tall for either side: the roomier one, scrolling, so the highlight stays in sight.
      maxHeight = Math.max(below, above);
      top = below >= above ? rect.bottom + GAP : TOP_LIMIT;
    } else {
      top = Math.max(TOP_LIMIT, Math.min(rect.bottom + GAP, bottomLimit - height));
    }
    const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - width - GAP));
    setPosition((previous) =>
      previous && Math.abs(previous.top - top) < 0.5 && Math.abs(previous.left - left) < 0.5 && previous.maxHeight === maxHeight ? previous : { top, left, maxHeight },
    );
  }, []);

  // After every render: the content (and so the height) may have changed.
  useLayoutEffect(() => {
    place();
  });

  useEffect(() => {
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    // Its content grows and shrinks by itself (the tag picker's list as one types).
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => place()) : null;
    if (observer && innerRef.current) observer.observe(innerRef.current);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
      observer?.disconnect();
    };
  }, [place]);

  return (
    <div
      ref={ref}
      id={id}
      role="dialog"
      aria-label={label}
      className={pinned ? 'quote-popover quote-popover--pinned' : 'quote-popover'}
      // Not yet placed: see-through rather than hidden, so that focus can already go into it.
      style={
        position
          ? { top: position.top, left: position.left, ...(position.maxHeight !== null ? { maxHeight: position.maxHeight } : {}) }
          : { top: 0, left: 0, opacity: 0 }
      }
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onEscape();
        }
      }}
      onMouseEnter={onMouseEnter}
      onMouseLeave={onMouseLeave}
    >
      <div ref={innerRef}>{children}</div>
    </div>
  );
}
