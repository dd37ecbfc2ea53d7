/**
 * Typed errors that cross every transport as `{ code, message }`.
 *
 * The message is written for a clerk: it says what went wrong and what to do, never a stack trace.
 */

export const ERROR_CODES = [
  /** The input failed validation (wrong types, missing fields, values out of range). */
  'invalid_input',
  /** No method of that name exists in the contract. */
  'unknown_method',
  /** The request body was larger than the transport accepts. */
  'payload_too_large',
  /** The thing asked for does not exist (or no longer does). */
  'not_found',
  /** The action would break a rule of the domain (duplicate, still in use…). */
  'conflict',
  /** The store cannot be opened or used (not a store, corrupt, from a newer version). */
  'store_unavailable',
  /** The request was not authorised (HTTP host token, IPC sender). */
  'unauthorised',
  /** A long job was cancelled by the user. */
  'cancelled',
  /** Anything else: a bug. The message says so plainly. */
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  /** Field-level detail for `invalid_input`: path → message. */
  details?: Record<string, string>;
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, string>;

  constructor(code: ErrorCode, message: string, details?: Record<string, string>) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (details) this.details = details;
  }

  toJSON(): ApiErrorShape {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }

  static is(value: unknown): value is ApiError {
    return value instanceof ApiError;
  }
}

export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiErrorShape).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as ApiErrorShape).code) &&
    typeof (value as ApiErrorShape).message === 'string'
  );
}
