/** What every handler is given besides its validated input. */
import type { EventMap, EventName } from '../../shared/api/contract';
import type { Profile } from '../../db/repositories/profiles';
import type { Store } from '../../db/store';
import type { ExtractionService } from '../import/run-extraction';
import type { UndoHistory } from '../evidence/undo';
import type { JobRegistry } from '../jobs';
import type { UploadArea } from '../uploads';
import type { BackupService } from '../backups/service';

export interface HandlerContext {
  store: Store;
  /** The person at this computer; recorded as the author of every change. */
  author: Profile;
  appVersion: string;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  jobs: JobRegistry;
  uploads: UploadArea;
  /** Reads transcripts off-thread. */
  extraction: ExtractionService;
  /** Undo and redo of quote and tag actions, for this session. */
  history: UndoHistory;
  /** Transcripts being replaced by a corrected version right now: their quotes are locked. */
  reimporting: Set<string>;
  /** The store's backups (automatic and manual), and the one place that copies the store. */
  backups: BackupService;
  /**
   * Replaces `store` with another (restoring a backup) while the backend keeps serving. Handlers
   * read `context.store` afresh on every call, so after this every call uses the new store. See
   * backend/index.ts for how other calls are held back meanwhile. `swap` is given the current
   * store; it returns the store to use from now on, or throws having left the current one open.
   */
  replaceStore(swap: (current: Store) => Promise<Store>): Promise<void>;
}
