/**
 * Runtime checks on what arrives over a transport. Imports only the zod-free wire module (never
 * the contract, which builds zod schemas at load), so the renderer bundle stays small.
 */
import type { CallResponse } from '../../../shared/api/wire';

/** Every pushed event the page listens for. */
export { EVENT_NAMES } from '../../../shared/api/wire';

export function isCallResponse(value: unknown): value is CallResponse {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; error?: unknown };
  if (candidate.ok === true) return 'result' in candidate;
  if (candidate.ok !== false) return false;
  const error = candidate.error as { code?: unknown; message?: unknown } | undefined;
  return typeof error === 'object' && error !== null && typeof error.code === 'string' && typeof error.message === 'string';
}

export function failure(code: string, message: string): CallResponse {
  return { ok: false, error: { code, message } };
}
