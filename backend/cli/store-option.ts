/**
 * The store a command works on (`--store`, else $SCRUTINY_STORE, else the app's own), and opening
 * the backend on it for the length of one command.
 *
 * The backend is imported when a command first needs it, not when the CLI starts: `--help`, and
 * `export docx`, which reads the store without it, then never load every handler and schema.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { Backend } from '../index';
import { defaultStorePath } from '../paths';

interface GlobalOptions {
  store?: string;
}

export function storePathFrom(program: Command): string {
  const { store } = program.opts<GlobalOptions>();
  return store ? path.resolve(store) : defaultStorePath();
}

/** Opens the backend on the store, runs `work`, closes it (also when `work` fails). */
export async function withBackend<T>(program: Command, work: (backend: Backend) => Promise<T>): Promise<T> {
  const { createBackend } = await import('../index');
  const backend = await createBackend({ storePath: storePathFrom(program) });
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}

export type WithBackend = typeof withBackend;
