/**
 * The building blocks of the contract: `method(...)`, `returns<T>()` and the field schemas that
 * several areas share (ids, trimmed text, dates, emails). Each area's methods live in their own
 * `contract-*.ts` module and are spread into the one contract in `contract.ts`.
 */
import { z } from 'zod';

/** Declares a result type without a runtime value: `result: returns<Foo>()`. */
export function returns<T>(): T {
  return undefined as T;
}

export interface MethodSpec<I extends z.ZodType, R> {
  input: I;
  result: R;
  /** One line for the README and error messages. */
  summary: string;
}

export function method<I extends z.ZodType, R>(input: I, result: R, summary: string): MethodSpec<I, R> {
  return { input, result, summary };
}

// ---- Reusable field schemas -------------------------------------------------------------

export const id = z.string().trim().min(1, 'An id is required.').max(64, 'That id is too long.');

/** Free text a person types: trimmed, bounded, not empty unless optional. */
export const text = (label: string, max = 500) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(1, `${label} cannot be empty.`)
    .max(max, `${label} is too long (at most ${max} characters).`);

export const optionalText = (label: string, max = 500) =>
  z
    .string({ error: `${label} must be text.` })
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .transform((value) => (value === '' ? null : value))
    .nullable();

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label} must be a date written as YYYY-MM-DD.`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `${label} is not a real calendar date.`);

export const email = z
  .string()
  .trim()
  .max(254)
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .refine((value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
    message: 'That email address does not look right.',
  });

export const personFields = z.object({
  fullName: text('Name', 200),
  honorific: optionalText('Title', 40).optional(),
  postNominals: optionalText('Post-nominals', 40).optional(),
  email: email.optional(),
});

export const empty = z.object({}).strict();

