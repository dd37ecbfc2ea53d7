/** The top of an area page: the investigation it belongs to, then the area's own heading. */
import type { ReactNode } from 'react';
import { useLoadedInvestigation } from '../investigation/InvestigationContext';

export function AreaHeader({ title, children }: { title: string; children?: ReactNode }) {
  const { overview } = useLoadedInvestigation();
  return (
    <>
      <p className="eyebrow">{overview.investigation.title}</p>
      <h1>{title}</h1>
      {children ? <div className="lead">{children}</div> : null}
    </>
  );
}
