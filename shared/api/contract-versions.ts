/** The contract's methods for named versions of the report, comparing them, and recording agreement. */
import { z } from 'zod';
import type { Id } from '../domain/types';
import { CURRENT_DRAFT, VERSION_NAME_MAX, type Agreement, type ReportVersion, type ReportVersionDetail, type VersionComparison } from '../domain/versions';
import { id, isoDate, method, optionalText, returns, text } from './fields';

const versionName = text('The version’s name', VERSION_NAME_MAX);
const versionNote = optionalText('The note', 2000);

/** A dissent the clerk notes: one recorded on a recommendation, or one said at the meeting. */
const dissentNoted = z.union(
  [
    z.object({ objectionId: id }).strict(),
    z
      .object({
        memberId: z.string({ error: 'Choose the member who dissented.' }).trim().min(1, 'Choose the member who dissented.').max(64, 'That id is too long.'),
        text: text('What the member dissented from', 4000),
      })
      .strict(),
  ],
  // Ticked dissents are always well formed, so a failure here is the one written in words.
  { error: 'Choose the member who dissented and say what they dissented from.' },
);

export const versionsContract = {
  'versions.list': method(
    z.object({ investigationId: id }).strict(),
    returns<ReportVersion[]>(),
    'The saved versions of the report, newest first: name, when and by whom, and whether the committee agreed it.',
  ),
  'versions.save': method(
    z.object({ investigationId: id, name: versionName, note: versionNote.optional() }).strict(),
    returns<ReportVersion>(),
    'Saves the report as it reads now under a name (“Chairman’s draft”); names are unique in an investigation, whatever their case.',
  ),
  'versions.get': method(
    z.object({ id }).strict(),
    returns<ReportVersionDetail>(),
    'One version with its report model, exactly as it was saved, and the dissents printed in it.',
  ),
  'versions.rename': method(
    z.object({ id, name: versionName, note: versionNote.optional() }).strict(),
    returns<ReportVersion>(),
    'Renames a version (and edits its note); its report is never changed.',
  ),
  'versions.delete': method(
    z.object({ id }).strict(),
    returns<{ id: Id }>(),
    'Deletes a version. A version the committee’s agreement records cannot be deleted.',
  ),
  'versions.compare': method(
    z
      .object({
        fromId: id,
        /** Another version, or "current" for the report as it reads now. */
        toId: id.or(z.literal(CURRENT_DRAFT)),
      })
      .strict(),
    returns<VersionComparison>(),
    'Compares a version with another or with the current draft, chapter by chapter and paragraph by paragraph, word by word; recommendations renumbered and footnotes added, removed or changed.',
  ),
  'agreements.record': method(
    z
      .object({
        versionId: id,
        agreedOn: isoDate('The date of agreement'),
        memberIds: z.array(id, { error: 'Choose the members present.' }).min(1, 'Choose the members present.').max(100),
        /** When absent: the dissents printed on the version's recommendations. */
        dissentsNoted: z.array(dissentNoted).max(100).optional(),
        note: optionalText('The note', 2000).optional(),
      })
      .strict(),
    returns<Agreement>(),
    'Records that the committee agreed a version: the date, the members present and the dissents noted (by default, those on its recommendations).',
  ),
  'agreements.list': method(
    z.object({ investigationId: id }).strict(),
    returns<Agreement[]>(),
    'The agreements recorded for an investigation, most recent first.',
  ),
  'agreements.delete': method(
    z.object({ id }).strict(),
    returns<{ id: Id }>(),
    'Withdraws an agreement recorded by mistake; the version stays.',
  ),
} as const;
