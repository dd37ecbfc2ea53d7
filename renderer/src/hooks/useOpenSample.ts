/** Loads the sample investigation (idempotent on the backend) and opens its Overview. */
import { useCallback } from 'react';
import { useApi } from '../api/WorkbenchContext';
import { useAnnounce } from '../components/Announcer';
import { navigate } from '../routing/routes';

export function useOpenSample(): () => Promise<void> {
  const api = useApi();
  const announce = useAnnounce();
  return useCallback(async () => {
    const { investigationId, created } = await api.call('sample.load', {});
    navigate({ name: 'investigation', id: investigationId, area: 'overview' });
    announce(created ? 'The sample investigation was added and opened.' : 'Opened the sample investigation.');
  }, [api, announce]);
}
