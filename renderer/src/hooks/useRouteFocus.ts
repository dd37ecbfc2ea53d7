/**
 * After moving to another page, put focus on its main heading (so screen readers announce the
 * new page and Tab continues from there) and scroll back to the top. Not on first load: the
 * browser's own start position is right then.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useRouteFocus(mainRef: RefObject<HTMLElement | null>, routeKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const frame = window.requestAnimationFrame(() => {
      const main = mainRef.current;
      if (!main) return;
      window.scrollTo(0, 0);
      const heading = main.querySelector<HTMLElement>('h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      } else {
        main.focus();
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [mainRef, routeKey]);
}
