/** The start page: the welcome screen on an empty store, otherwise the investigation picker. */
import { Loading, LoadError } from '../components/QueryStatus';
import { useApiQuery } from '../hooks/useApiQuery';
import { InvestigationList } from './InvestigationList';
import { WelcomeView } from './WelcomeView';

export function HomeView() {
  const { data, error, reload } = useApiQuery('investigations', (api) => api.call('investigations.list', {}));
  if (data === undefined) {
    return error ? <LoadError error={error} what="the investigations" onRetry={reload} /> : <Loading what="investigations" />;
  }
  return data.length === 0 ? <WelcomeView /> : <InvestigationList investigations={data} />;
}
