/** How the CLI speaks: JSON for tools, short plain lines for people, and exit codes that mean something. */
import { ApiError } from '../../shared/api/errors';

export const EXIT_OK = 0;
/** The user asked for something that cannot be done (bad input, missing store…): message on stderr. */
export const EXIT_USER_ERROR = 1;
/** A bug or an unexpected failure. */
export const EXIT_INTERNAL_ERROR = 2;

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLines(lines: string[]): void {
  process.stdout.write(lines.map((line) => `${line}\n`).join(''));
}

/** 12,345: grouped by hand, as the first toLocaleString of a process loads the locale data (several ms). */
export const groupThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A file's size for people: "45 KB" (never 0 KB). */
export const kilobytes = (bytes: number) => `${groupThousands(Math.max(1, Math.round(bytes / 1024)))} KB`;

/** Thrown by commands for a user error: printed as one line, exit code 1. */
export class UserError extends Error {}

export function exitCodeFor(error: unknown): number {
  if (error instanceof UserError) return EXIT_USER_ERROR;
  if (error instanceof ApiError) return error.code === 'internal' ? EXIT_INTERNAL_ERROR : EXIT_USER_ERROR;
  return EXIT_INTERNAL_ERROR;
}

export function describeError(error: unknown): string {
  if (error instanceof UserError || error instanceof ApiError) return error.message;
  return `Something went wrong inside the workbench: ${(error as Error)?.message ?? String(error)}`;
}
