/** Small checks handlers share, each ending in a typed error a clerk can act on. */
import { ApiError } from '../../shared/api/errors';

/** Returns the value, or fails with `not_found` naming what was looked for. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new ApiError('not_found', `That ${what} no longer exists. It may have been deleted; reload to see the current state.`);
  }
  return value;
}
