/**
 * The backups nobody asks for: one as the backend starts and one a day while it runs, each
 * skipped when the store holds nothing new (BackupService.takeUnlessUnchanged). Also clears what
 * a crash left behind: a copy or a restore that never got its final name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { removeStale } from './files';
import { PARTIAL_SUFFIX, RECORD_SUFFIX, storeBase } from './naming';
import type { BackupService } from './service';

const HOUR = 60 * 60 * 1000;
/** A partial copy untouched this long was abandoned by a crash (a live copy is written to constantly). */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;

export interface AutomaticBackupOptions {
  /** Back up as the backend starts, unless a backup already holds what the store holds. */
  onStart: boolean;
  /** How often to look whether the daily backup is due; 0 turns daily backups off. */
  checkEveryMs: number;
  /** How old the newest backup must be before a daily one is taken. */
  dailyAfterMs: number;
}

export const DEFAULT_AUTOMATIC_BACKUPS: AutomaticBackupOptions = { onStart: true, checkEveryMs: HOUR, dailyAfterMs: 24 * HOUR };

export class AutomaticBackups {
  private timer: NodeJS.Timeout | null = null;
  private readonly background = new Set<Promise<unknown>>();

  constructor(private readonly service: BackupService) {}

  /**
   * Clears what a crash left behind, takes the start-up backup in the background (calls are
   * served meanwhile: the online backup copies a few pages at a time between them), and arms the
   * daily check on a timer that never keeps the process alive.
   */
  start(options: AutomaticBackupOptions): void {
    this.removeAbandoned();
    if (options.onStart) this.inBackground('start-up backup', () => this.service.takeUnlessUnchanged('start'));
    if (options.checkEveryMs > 0) {
      this.timer = setInterval(() => {
        if (this.dailyDue(options.dailyAfterMs)) this.inBackground('daily backup', () => this.service.takeUnlessUnchanged('daily'));
      }, options.checkEveryMs);
      this.timer.unref();
    }
  }

  /** Stops the timer and waits for any backup under way, so that the store can then be closed. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.allSettled([...this.background]);
    await this.service.idle();
  }

  private inBackground(what: string, task: () => Promise<unknown>): void {
    // Nobody is waiting for this backup: a failure must not stop the app, but it must be seen.
    const run = task().catch((error: unknown) => console.error(`[scrutiny] the ${what} failed:`, error instanceof Error ? error.message : error));
    this.background.add(run);
    void run.finally(() => this.background.delete(run));
  }

  private dailyDue(dailyAfterMs: number): boolean {
    // One check at a time: a slow copy of a large store must not queue up more of them.
    if (this.background.size > 0) return false;
    const newest = this.service.list().backups[0];
    return !newest || Date.now() - new Date(newest.createdAt).getTime() >= dailyAfterMs;
  }

  /** Partial copies and restores left by a crash, once nothing can still be writing them. */
  private removeAbandoned(): void {
    const { folder, storePath } = this.service;
    const base = storeBase(storePath);
    const partial = new RegExp(`${PARTIAL_SUFFIX.replace('.', '\\.')}(-journal|-wal|-shm)?$`);
    removeStale(folder, (name) => name.startsWith(`${base}-`) && partial.test(name), ABANDONED_AFTER_MS);
    // A record whose backup is gone (deleted outside the app).
    if (fs.existsSync(folder)) {
      for (const name of fs.readdirSync(folder)) {
        if (!name.startsWith(`${base}-`) || !name.endsWith(`.db${RECORD_SUFFIX}`)) continue;
        if (!fs.existsSync(path.join(folder, name.slice(0, -RECORD_SUFFIX.length)))) fs.rmSync(path.join(folder, name), { force: true });
      }
    }
    removeStale(path.dirname(path.resolve(storePath)), (name) => name.startsWith(`${path.basename(storePath)}.restoring-`), ABANDONED_AFTER_MS);
  }
}
