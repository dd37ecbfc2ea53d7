/**
 * A Word export straight to a file, for `scrutiny export docx`.
 *
 * A one-shot command need not start the whole backend (every handler, the contract's schemas,
 * automatic backups, the upload area) to read one report: it opens the store read-only, writes
 * the report as the app's export does (`writeReport`, the same code) and renames it into place.
 * That is most of the difference between about 450 ms and the time pandoc takes to make a .docx
 * of the same report (npm run bench). A store that must first be migrated gets null, and the
 * caller takes the full path, which backs the store up and migrates it.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStoreForReading } from '../../db/store';
import type { ExportResult } from '../../shared/domain/export';
import { statFileToRead } from '../uploads';
import { writeAtomically, writeBytes } from './export-area';
import { templateFromFile, writeReport, type ExportSteps } from './run-export';

export interface ExportToFileOptions {
  storePath: string;
  investigationId: string;
  /** Replaced only once the new document is complete. */
  out: string;
  templatePath?: string;
  onMissingStyles: 'fallback' | 'stop';
}

export type ExportToFileResult = Omit<ExportResult, 'exportId'> & { path: string };

/** Nobody watches the CLI's progress, and it cannot be cancelled but by stopping the process. */
const UNWATCHED: ExportSteps = { progress: () => undefined, checkCancelled: () => undefined };

function templateReader(templatePath: string): () => ReturnType<typeof templateFromFile> {
  return async () => {
    statFileToRead(templatePath);
    return templateFromFile(templatePath, path.basename(templatePath));
  };
}

export async function exportDocxToFile(options: ExportToFileOptions): Promise<ExportToFileResult | null> {
  const started = performance.now();
  const store = openStoreForReading(options.storePath);
  if (!store) return null;
  try {
    const { templatePath } = options;
    const written = await writeReport(
      store.db,
      { investigationId: options.investigationId, onMissingStyles: options.onMissingStyles, ...(templatePath ? { template: templateReader(templatePath) } : {}) },
      UNWATCHED,
    );
    const target = path.resolve(options.out);
    writeAtomically(target, (temporary) => writeBytes(temporary, written.bytes));
    const { bytes, ...result } = written;
    return { ...result, bytes: bytes.byteLength, createdAt: new Date().toISOString(), durationMs: Math.round(performance.now() - started), path: target };
  } finally {
    store.close();
  }
}
