/**
 * The handler registry: one handler per contract method, registered once.
 *
 * `dispatch` is the single door every transport goes through. It checks the method exists,
 * bounds the payload, validates the input against the contract's schema, runs the handler and
 * turns every failure into a typed `{code, message}` a clerk can act on. It never throws.
 */
import type { z } from 'zod';
import {
  MAX_PAYLOAD_BYTES,
  METHOD_NAMES,
  contract,
  isMethodName,
  type CallResponse,
  type MethodName,
  type MethodResult,
  type ValidatedInput,
} from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { HandlerContext } from './context';

export type Handler<M extends MethodName> = (
  input: ValidatedInput<M>,
  context: HandlerContext,
) => MethodResult<M> | Promise<MethodResult<M>>;

/** A group of handlers, e.g. everything about meetings. Typed against the contract. */
export type HandlerGroup = { [M in MethodName]?: Handler<M> };

/** Field path → message, for forms to show next to the field. */
function detailsFromIssues(issues: z.core.$ZodIssue[]): Record<string, string> {
  const details: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.join('.') : '_';
    if (!(key in details)) details[key] = issue.message;
  }
  return details;
}

function describeInvalid(issues: z.core.$ZodIssue[]): string {
  const first = issues[0];
  if (!first) return 'Some of the details given are not valid.';
  if (first.code === 'unrecognized_keys') return `Unexpected field: ${first.keys.join(', ')}.`;
  if (first.code === 'invalid_type' && first.message.startsWith('Invalid input')) {
    const where = first.path.length ? `“${first.path.join('.')}”` : 'The request';
    return `${where} is missing or of the wrong kind (expected ${first.expected}).`;
  }
  return first.message;
}

/** Maps SQLite's own errors to messages a clerk understands, in case a handler did not check first. */
function fromSqliteError(error: { code?: string; message: string }): ApiError | undefined {
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new ApiError('conflict', 'That cannot be done because other records still depend on it (or it refers to something that does not exist).');
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new ApiError('conflict', 'That already exists.');
    case 'SQLITE_CONSTRAINT_CHECK':
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return new ApiError('invalid_input', 'Some of the details given are not allowed.');
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new ApiError('store_unavailable', 'The store is busy in another program. Try again in a moment.');
    case 'SQLITE_FULL':
      return new ApiError('store_unavailable', 'The disk is full, so nothing was saved. Free some space and try again.');
    case 'SQLITE_READONLY':
      return new ApiError('store_unavailable', 'The store is read-only, so nothing was saved.');
    default:
      return undefined;
  }
}

export class HandlerRegistry {
  private readonly handlers = new Map<MethodName, Handler<MethodName>>();

  register(group: HandlerGroup): this {
    for (const [name, handler] of Object.entries(group)) {
      if (!isMethodName(name)) throw new Error(`Handler registered for “${name}”, which is not in the contract.`);
      if (this.handlers.has(name)) throw new Error(`Handler for “${name}” registered twice.`);
      this.handlers.set(name, handler as Handler<MethodName>);
    }
    return this;
  }

  /** Start-up check: every contract method has exactly one handler. */
  assertComplete(): this {
    const missing = METHOD_NAMES.filter((name) => !this.handlers.has(name));
    if (missing.length) throw new Error(`No handler registered for: ${missing.join(', ')}.`);
    return this;
  }

  async dispatch(method: unknown, input: unknown, context: HandlerContext): Promise<CallResponse> {
    try {
      if (!isMethodName(method)) {
        throw new ApiError('unknown_method', `The workbench has no action called “${String(method).slice(0, 100)}”.`);
      }
      const size = input === undefined ? 0 : JSON.stringify(input).length;
      if (size > MAX_PAYLOAD_BYTES) {
        throw new ApiError('payload_too_large', `That request is too large (${size.toLocaleString('en-GB')} characters; the limit is ${MAX_PAYLOAD_BYTES.toLocaleString('en-GB')}).`);
      }
      const parsed = contract[method].input.safeParse(input ?? {});
      if (!parsed.success) {
        throw new ApiError('invalid_input', describeInvalid(parsed.error.issues), detailsFromIssues(parsed.error.issues));
      }
      const handler = this.handlers.get(method);
      if (!handler) throw new ApiError('internal', `The action “${method}” is not available in this version.`);
      const result = await handler(parsed.data as ValidatedInput<MethodName>, context);
      return { ok: true, result };
    } catch (error) {
      return { ok: false, error: toErrorShape(error) };
    }
  }
}

export function toErrorShape(error: unknown): CallResponse & { ok: false } extends { error: infer E } ? E : never {
  if (error instanceof ApiError) return error.toJSON();
  if (error instanceof TypeError && /JSON|circular|BigInt/i.test(error.message)) {
    return new ApiError('invalid_input', 'The request could not be read (it is not plain data).').toJSON();
  }
  const mapped = error && typeof error === 'object' && 'code' in error ? fromSqliteError(error as { code?: string; message: string }) : undefined;
  if (mapped) return mapped.toJSON();
  // A bug: say so plainly, keep the detail for the log, never leak a stack trace to the page.
  console.error('[scrutiny] internal error:', error);
  return new ApiError('internal', 'Something went wrong inside the workbench; nothing was changed. Please report this with what you were doing.').toJSON();
}
