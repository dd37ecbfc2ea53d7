/**
 * The views within an area (Evidence: Quotes · Coverage · Codebook; Sources: Register ·
 * Footnotes; Draft: Write · Check list · Versions). Each view has its own address
 * (…/evidence?view=coverage), so a reload or the Back button returns to it; the first view is the
 * area's own address.
 */
import type { ReactNode } from 'react';
import { useHashParam } from '../hooks/useHashParam';

export interface AreaView<K extends string> {
  key: K;
  label: string;
}

/** The view the address names, or the first when it names none of them. */
export function useAreaView<K extends string>(views: readonly AreaView<K>[]): AreaView<K> {
  const [param] = useHashParam('view');
  return views.find((v) => v.key === param) ?? views[0]!;
}

interface TabsProps<K extends string> {
  /** "Evidence views": names the navigation landmark. */
  label: string;
  views: readonly AreaView<K>[];
  current: K;
  href: (key: K) => string;
  /** Something to show after a view's name (the Draft's count of problems). */
  badge?: (key: K) => ReactNode;
}

export function AreaViewTabs<K extends string>({ label, views, current, href, badge }: TabsProps<K>) {
  return (
    <nav className="area-tabs" aria-label={label}>
      <ul>
        {views.map((v) => (
          <li key={v.key}>
            <a href={href(v.key)} aria-current={v.key === current ? 'page' : undefined}>
              {v.label}
              {badge?.(v.key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
