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

let sampleTemplate: Promise<string> | undefined;

/**
 * A backend on a fresh copy of a store that already holds the sample investigation. The sample is
 * loaded (through the real importer) once per test file, then copied, which keeps tests quick.
 */
export async function sampleBackend(): Promise<{ backend: Backend; investigationId: string }> {
  sampleTemplate ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scrutiny-sample-'));
    const file = path.join(dir, 'sample.db');
    const backend = await createBackend({ storePath: file });
    await backend.client.call('sample.load', {});
    await backend.close();
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    return file;
  })();
  const copy = tempStorePath();
  fs.copyFileSync(await sampleTemplate, copy);
  const backend = await tempBackend(copy);
  const [sample] = await backend.client.call('investigations.list', {});
  return { backend, investigationId: sample!.id };
}

afterEach(async () => {
  for (const backend of backends.splice(0)) await backend.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
