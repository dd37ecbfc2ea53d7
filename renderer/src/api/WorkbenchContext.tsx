/** Makes the one API client (and connection state) available to every view. */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ApiClient } from '../../../shared/api/client';
import type { ConnectionState } from './connection';
import type { Workbench } from './workbench';

const WorkbenchContext = createContext<Workbench | null>(null);

export function WorkbenchProvider({ workbench, children }: { workbench: Workbench; children: ReactNode }) {
  return <WorkbenchContext.Provider value={workbench}>{children}</WorkbenchContext.Provider>;
}

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench must be used inside <WorkbenchProvider>.');
  return workbench;
}

export function useApi(): ApiClient {
  return useWorkbench().api;
}

export function useConnectionState(): ConnectionState {
  const { connection } = useWorkbench();
  return useSyncExternalStore(connection.subscribe, connection.get);
}
