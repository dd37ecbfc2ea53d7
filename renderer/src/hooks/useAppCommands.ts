/** Carries out commands chosen from the desktop app's menu (pushed as `app.command` events). */
import { useEffect, useRef } from 'react';
import type { AppCommand } from '../../../shared/api/contract';
import { useApi } from '../api/WorkbenchContext';
import { focusExportRequest, focusImportRequest, openBundleRequest, openSearchRequest } from '../commands/ui-requests';
import { useAnnounce } from '../components/Announcer';
import { useStoreActions } from '../components/StoreActions';
import { navigate, type AreaKey } from '../routing/routes';
import { currentRoute } from './useRoute';
import { describeError } from './useSubmit';
import { useOpenSample } from './useOpenSample';

const GO_TO: Partial<Record<AppCommand, AreaKey>> = {
  'go-overview': 'overview',
  'go-meetings': 'meetings',
  'go-transcripts': 'transcripts',
  'go-evidence': 'evidence',
  'go-sources': 'sources',
  'go-metrics': 'metrics',
  'go-draft': 'draft',
  'go-export': 'export',
  import: 'transcripts',
  'export-docx': 'export',
  'export-bundle': 'overview',
  'import-bundle': 'overview',
};

export function useAppCommands(): void {
  const api = useApi();
  const announce = useAnnounce();
  const storeActions = useStoreActions();
  const openSample = useOpenSample();
  // Handlers read the latest values without re-subscribing to the event stream.
  const latest = useRef({ announce, storeActions, openSample });
  latest.current = { announce, storeActions, openSample };

  useEffect(
    () =>
      api.subscribe('app.command', ({ command }) => {
        const { announce: say, storeActions: store, openSample: sample } = latest.current;
        switch (command) {
          case 'new-investigation':
            navigate({ name: 'new' });
            return;
          case 'open-sample':
            sample().catch((error: unknown) => say(`The sample could not be opened. ${describeError(error).message}`));
            return;
          case 'backup-store':
            store.backup();
            return;
          case 'check-store':
            store.check();
            return;
          case 'find':
            // Search works from anywhere: within the open investigation, or across all of them.
            openSearchRequest.request();
            return;
          default: {
            const area = GO_TO[command];
            if (!area) return; // A command from a newer menu than this UI knows: ignore it.
            const route = currentRoute();
            if (route.name !== 'investigation') {
              navigate({ name: 'home' });
              say('Open an investigation first: that area belongs to an investigation.');
              return;
            }
            navigate({ name: 'investigation', id: route.id, area });
            // "Import…" lands on the "Choose a file…" button of the Transcripts page.
            if (command === 'import') focusImportRequest.request();
            // "Export to Word…" lands on the Export page's "Export to Word" button.
            if (command === 'export-docx') focusExportRequest.request();
            // The bundle commands open their dialog in the Overview's "Exchange with other members".
            if (command === 'export-bundle') openBundleRequest.request('export');
            if (command === 'import-bundle') openBundleRequest.request('import');
          }
        }
      }),
    [api],
  );
}
