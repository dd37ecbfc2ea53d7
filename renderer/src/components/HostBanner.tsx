/** Tells the clerk, in plain words, when the browser host has gone away. */
import { HOST_REFUSED_MESSAGE, HOST_STOPPED_MESSAGE } from '../api/http-transport';
import { useConnectionState } from '../api/WorkbenchContext';

export function HostBanner() {
  const state = useConnectionState();
  if (state === 'connected') return null;
  return (
    <div className="host-banner" role="alert">
      <p>{state === 'stopped' ? HOST_STOPPED_MESSAGE : HOST_REFUSED_MESSAGE}</p>
    </div>
  );
}
