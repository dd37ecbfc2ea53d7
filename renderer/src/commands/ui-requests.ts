/**
 * Requests from one part of the UI to another that is not its parent or child: the desktop menu's
 * "Import…" asks the Transcripts page to focus its "Choose a file…" button; a search result asks
 * an already open reader to show a place again. A request made before its listener exists (the
 * page is still loading) waits until the listener subscribes.
 */

type Listener<T> = (payload: T) => void;

export interface UiRequest<T> {
  /** Asks; delivered now if someone listens, otherwise kept for the next subscriber. */
  request(payload: T): void;
  /** Listens; a waiting request is delivered straight away. */
  subscribe(listener: Listener<T>): () => void;
}

function createRequest<T>(keepUntilHeard: boolean): UiRequest<T> {
  const listeners = new Set<Listener<T>>();
  let pending: { payload: T } | null = null;
  return {
    request(payload) {
      if (listeners.size === 0) {
        if (keepUntilHeard) pending = { payload };
        return;
      }
      pending = null;
      for (const listener of listeners) listener(payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      if (pending) {
        const { payload } = pending;
        pending = null;
        listener(payload);
      }
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** Focus the Transcripts page's "Choose a file…" button (the desktop menu's Import command). */
export const focusImportRequest = createRequest<void>(true);

/** Focus the Export page's "Export to Word" button (the desktop menu's Export to Word… command). */
export const focusExportRequest = createRequest<void>(true);
/** File › Export a bundle… / Import a bundle…: the Overview's exchange section opens that dialog. */
export const openBundleRequest = createRequest<'export' | 'import'>(true);

/** Open the transcript search (Ctrl/Cmd+K, the desktop menu's Find command). */
export const openSearchRequest = createRequest<void>(true);

/** Show a place in the transcript that is already open in the reader (dropped if no reader is open). */
export const revealRequest = createRequest<{ transcriptId: string; page?: number; offset?: number; q?: string }>(false);
