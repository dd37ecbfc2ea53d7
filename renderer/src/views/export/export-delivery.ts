/**
 * How a finished export reaches the clerk, which depends on where the page runs: the browser host
 * serves it as a download; the desktop app saves it where the clerk chooses (main's own dialog)
 * and opens it in Word. The transport chosen at start says which (api/workbench.ts).
 */
import { useMemo } from 'react';
import { createDesktopExportFiles, type DesktopExportFiles } from '../../api/electron-transport';
import { useWorkbench } from '../../api/WorkbenchContext';

export type ExportDelivery =
  | { kind: 'download' }
  /** `files` is null in a desktop app too old to save exports. */
  | { kind: 'desktop'; files: DesktopExportFiles | null };

export function useExportDelivery(): ExportDelivery {
  const { host } = useWorkbench();
  return useMemo<ExportDelivery>(() => {
    if (host !== 'desktop') return { kind: 'download' };
    const bridge = window.scrutiny;
    return { kind: 'desktop', files: bridge ? createDesktopExportFiles(bridge) : null };
  }, [host]);
}
