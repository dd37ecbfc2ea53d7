/** The areas of one investigation: real links, the current one marked with aria-current. */
import type { ReactNode } from 'react';
import { AREAS, hrefFor, type AreaKey } from '../routing/routes';

/** `children` (the investigation's title) introduces the list, so the areas are heard in context. */
export function AreaNav({ investigationId, current, children }: { investigationId: string; current: AreaKey; children?: ReactNode }) {
  return (
    <nav aria-label="Areas" className="area-nav">
      {children}
      <ul>
        {AREAS.map((area) => (
          <li key={area.key}>
            <a
              href={hrefFor({ name: 'investigation', id: investigationId, area: area.key })}
              aria-current={area.key === current ? 'page' : undefined}
            >
              {area.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
