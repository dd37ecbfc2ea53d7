/** Shared expectations for the extraction tests. */
import { expect } from 'vitest';
import { ImportError } from '../../../backend/import/types';

type Reason = ImportError['reason'];

/** Await `work` and check it failed with an ImportError of `reason` whose message matches `message`. */
export async function expectImportError(work: Promise<unknown> | (() => Promise<unknown>), reason: Reason, message?: RegExp | string): Promise<ImportError> {
  let caught: unknown;
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected an ImportError (${reason})`).toBeInstanceOf(ImportError);
  const error = caught as ImportError;
  expect(error.reason, error.message).toBe(reason);
  // Clerk-readable: whole sentences, no stack-trace vocabulary.
  expect(error.message).toMatch(/^[“A-Z].*[.)]$/s);
  expect(error.message).not.toMatch(/undefined|null|Exception|errno|ENOENT|stack|\bat \w+ \(/);
  if (message !== undefined) expect(error.message).toMatch(message);
  return error;
}

export function randomBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}
