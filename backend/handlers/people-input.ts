/** Resolving "an existing person or a new one" the same way wherever people are added. */
import { ApiError } from '../../shared/api/errors';
import { insertPerson, personExists, type PersonFields } from '../../db/repositories/people';
import type { Db } from '../../db/store';

export function resolvePerson(db: Db, authorId: string, input: { personId?: string; person?: PersonFields }): string {
  if (input.personId !== undefined) {
    if (!personExists(db, input.personId)) throw new ApiError('not_found', 'That person no longer exists. Reload and choose again.');
    return input.personId;
  }
  if (!input.person) throw new ApiError('invalid_input', 'Give the person’s name.', { 'person.fullName': 'Give the person’s name.' });
  return insertPerson(db, authorId, input.person);
}
