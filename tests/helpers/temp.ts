/** Temporary folders and stores for tests, removed afterwards. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createBackend, type Backend } from '../../backend';

const made: string[] = [];
const backends: Backend[] = [];

export function tempDir(prefix = 'scrutiny-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function tempStorePath(): string {
  return path.join(tempDir(), 'store.db');
}

export async function tempBackend(storePath = tempStorePath()): Promise<Backend> {
  const backend = await createBackend({ storePath });
  backends.push(backend);
  return backend;
}

afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
