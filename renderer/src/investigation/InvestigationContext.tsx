/**
 * The open investigation, loaded once for every area (one `investigations.get` call) and
 * reloaded after each change, so moving between areas does not refetch and every area shows
 * the same state of the store.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { InvestigationOverview } from '../../../shared/domain/types';
import { useApiQuery, type QueryState } from '../hooks/useApiQuery';

const InvestigationContext = createContext<QueryState<InvestigationOverview> | null>(null);

export function InvestigationProvider({ id, children }: { id: string; children: ReactNode }) {
  const query = useApiQuery(`investigation:${id}`, (api) => api.call('investigations.get', { id }), { investigationId: id });
  return <InvestigationContext.Provider value={query}>{children}</InvestigationContext.Provider>;
}

export function useInvestigation(): QueryState<InvestigationOverview> {
  const value = useContext(InvestigationContext);
  if (!value) throw new Error('useInvestigation must be used inside <InvestigationProvider>.');
  return value;
}

/** For components that render only once the investigation is loaded. */
export function useLoadedInvestigation(): { overview: InvestigationOverview; reload: () => void } {
  const { data, reload } = useInvestigation();
  if (!data) throw new Error('useLoadedInvestigation used before the investigation loaded.');
  return { overview: data, reload };
}
