/** A link to another area of the open investigation. */
import type { ReactNode } from 'react';
import { useLoadedInvestigation } from '../investigation/InvestigationContext';
import { hrefFor, type AreaKey } from '../routing/routes';

export function AreaLink({ area, children }: { area: AreaKey; children: ReactNode }) {
  const { overview } = useLoadedInvestigation();
  return <a href={hrefFor({ name: 'investigation', id: overview.investigation.id, area })}>{children}</a>;
}
