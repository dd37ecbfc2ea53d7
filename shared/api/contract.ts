/**
 * The one typed contract between the UI (or CLI, or tests) and the backend.
 *
 * Each method maps a name to a zod schema for its input and a phantom type for its result.
 * Every transport (Electron IPC, the local HTTP host, in-process calls) carries exactly these
 * methods; the backend registers one handler per name and validates every input against the
 * schema here before the handler sees it.
 */
import { z } from 'zod';
import {
  INVESTIGATION_STATUSES,
  MEETING_KINDS,
  MEMBER_ROLES,
  PARTICIPANT_KINDS,
  type AppInfo,
  type ChangeLogEntry,
  type CommitteeMember,
  type Id,
  type InvestigationOverview,
  type InvestigationSummary,
  type Meeting,
  type Panel,
  type Participant,
  type StoreCheck,
} from '../domain/types';
import { SEARCH_ORDERS, type SearchResults, type TranscriptDetail, type TranscriptImportResult, type TranscriptSummary } from '../domain/transcripts';
import type { CoverageRow, Profile, Quote, QuoteTable, ReanchorReport, Tag, UndoState } from '../domain/evidence';

import { sourcesContract } from './contract-sources';
import { metricsContract } from './contract-metrics';
import { reportContract } from './contract-report';
import { exportContract } from './contract-export';
import { versionsContract } from './contract-versions';
import { backupsContract } from './contract-backups';
import { bundlesContract } from './contract-bundles';
import { email, empty, id, isoDate, method, optionalText, personFields, returns, text } from './fields';

// ---- The contract -------------------------------------------------------------------------

export const contract = {
  'app.info': method(empty, returns<AppInfo>(), 'Version, schema and the store in use.'),
  'store.check': method(empty, returns<StoreCheck>(), 'Integrity check, schema version and migration status.'),
  'store.backup': method(
    z.object({ path: z.string().trim().min(1).max(4096).optional() }).strict(),
    returns<{ path: string; bytes: number }>(),
    'Copies the store, while open, to a backup file and verifies the copy.',
  ),

  'investigations.list': method(empty, returns<InvestigationSummary[]>(), 'Every investigation in the store.'),
  'investigations.get': method(
    z.object({ id }).strict(),
    returns<InvestigationOverview>(),
    'One investigation with its committee, members, meetings, chapters and recommendations.',
  ),
  'investigations.create': method(
    z
      .object({
        title: text('Title', 300),
        committeeId: id.optional(),
        committeeName: text('Committee name', 200).optional(),
      })
      .strict()
      .refine((v) => v.committeeId !== undefined || v.committeeName !== undefined, {
        message: 'Choose a committee or give the name of a new one.',
        path: ['committeeName'],
      }),
    returns<{ id: Id }>(),
    'Starts a new investigation for a committee.',
  ),
  'investigations.update': method(
    z
      .object({
        id,
        title: text('Title', 300).optional(),
        status: z.enum(INVESTIGATION_STATUSES).optional(),
        startedOn: isoDate('Start date').nullable().optional(),
        publishedOn: isoDate('Publication date').nullable().optional(),
        summary: z.string().trim().max(5000, 'The summary is too long (at most 5,000 characters).').optional(),
        termsOfReference: z.array(text('Each term of reference', 1000)).max(50).optional(),
      })
      .strict(),
    returns<{ id: Id }>(),
    'Edits an investigation’s details and terms of reference.',
  ),
  'investigations.delete': method(
    z.object({ id }).strict(),
    returns<{ id: Id }>(),
    'Deletes an investigation and everything in it.',
  ),
  'sample.load': method(
    empty,
    returns<{ investigationId: Id; created: boolean }>(),
    'Loads the sample investigation (the Police and Crime Plan 2025-29 response).',
  ),

  'members.add': method(
    z
      .object({
        committeeId: id,
        personId: id.optional(),
        person: personFields.optional(),
        role: z.enum(MEMBER_ROLES),
        party: optionalText('Party', 100).optional(),
      })
      .strict()
      .refine((v) => (v.personId === undefined) !== (v.person === undefined), {
        message: 'Choose an existing person or give a new person’s name, not both.',
        path: ['person'],
      }),
    returns<CommitteeMember>(),
    'Adds a member to a committee.',
  ),
  'members.update': method(
    z
      .object({
        id,
        role: z.enum(MEMBER_ROLES).optional(),
        party: optionalText('Party', 100).optional(),
        person: personFields.partial().optional(),
      })
      .strict(),
    returns<CommitteeMember>(),
    'Edits a member’s role, party or name.',
  ),
  'members.remove': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Removes a member from a committee.'),

  'meetings.create': method(
    z
      .object({
        investigationId: id,
        kind: z.enum(MEETING_KINDS),
        heldOn: isoDate('Meeting date'),
        title: text('Meeting title', 300),
        location: optionalText('Location', 300).optional(),
        notes: optionalText('Notes', 5000).optional(),
      })
      .strict(),
    returns<Meeting>(),
    'Adds a meeting (formal meeting, Q&A session, informal meeting, site visit, written evidence).',
  ),
  'meetings.update': method(
    z
      .object({
        id,
        kind: z.enum(MEETING_KINDS).optional(),
        heldOn: isoDate('Meeting date').optional(),
        title: text('Meeting title', 300).optional(),
        location: optionalText('Location', 300).optional(),
        notes: optionalText('Notes', 5000).optional(),
      })
      .strict(),
    returns<Meeting>(),
    'Edits a meeting.',
  ),
  'meetings.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes a meeting with its panels and guests.'),

  'panels.create': method(
    z.object({ meetingId: id, title: text('Panel title', 200) }).strict(),
    returns<Panel>(),
    'Adds a panel to a meeting.',
  ),
  'panels.update': method(
    z.object({ id, title: text('Panel title', 200) }).strict(),
    returns<Panel>(),
    'Renames a panel.',
  ),
  'panels.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes a panel; its guests stay at the meeting.'),

  'participants.add': method(
    z
      .object({
        meetingId: id,
        panelId: id.nullable().optional(),
        personId: id.optional(),
        person: personFields.optional(),
        kind: z.enum(PARTICIPANT_KINDS).default('guest'),
        roleText: z.string().trim().max(300).default(''),
        organisation: optionalText('Organisation', 200).optional(),
      })
      .strict()
      .refine((v) => (v.personId === undefined) !== (v.person === undefined), {
        message: 'Choose an existing person or give a new person’s name, not both.',
        path: ['person'],
      }),
    returns<Participant>(),
    'Adds a guest (or member, or officer) to a meeting or panel.',
  ),
  'participants.update': method(
    z
      .object({
        id,
        panelId: id.nullable().optional(),
        kind: z.enum(PARTICIPANT_KINDS).optional(),
        roleText: z.string().trim().max(300).optional(),
        organisation: optionalText('Organisation', 200).optional(),
        person: personFields.partial().optional(),
      })
      .strict(),
    returns<Participant>(),
    'Edits a guest’s role, organisation or name.',
  ),
  'participants.remove': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Removes a guest from a meeting.'),

  'transcripts.list': method(
    z.object({ investigationId: id.optional() }).strict(),
    returns<TranscriptSummary[]>(),
    'Transcripts of one investigation (or of every investigation).',
  ),
  'transcripts.get': method(
    z.object({ id }).strict(),
    returns<TranscriptDetail>(),
    'A transcript with its pages, speaker turns and speakers, for the reader.',
  ),
  'transcripts.import': method(
    z
      .object({
        uploadId: id,
        meetingId: id,
        panelId: id.nullable().optional(),
        title: text('Transcript title', 300).optional(),
        /** Chosen by the client so it can follow progress and cancel before the call returns. */
        jobId: id.optional(),
      })
      .strict(),
    returns<TranscriptImportResult>(),
    'Imports an uploaded PDF, Word or text transcript into a meeting: pages, speaker turns and search index.',
  ),
  'transcripts.linkSpeaker': method(
    z
      .object({
        transcriptId: id,
        speakerName: z.string().trim().min(1).max(300),
        personId: id.nullable().optional(),
        person: personFields.optional(),
        /** Also add the person to the meeting's guests (when they are not a member). */
        addToMeeting: z
          .object({ roleText: z.string().trim().max(300).default(''), organisation: optionalText('Organisation', 200).optional() })
          .strict()
          .optional(),
      })
      .strict()
      .refine((v) => !(v.personId !== undefined && v.person !== undefined), {
        message: 'Choose an existing person or give a new person’s name, not both.',
        path: ['person'],
      }),
    returns<{ updatedTurns: number; personId: Id | null }>(),
    'Links every turn of one speaker in a transcript to a person (or unlinks them).',
  ),
  'transcripts.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes a transcript and its search index.'),

  'search.transcripts': method(
    z
      .object({
        query: z.string().trim().min(1, 'Type something to search for.').max(1000, 'That search is too long.'),
        investigationId: id.nullable().optional(),
        meetingId: id.nullable().optional(),
        transcriptId: id.nullable().optional(),
        personId: id.nullable().optional(),
        speakerName: z.string().trim().max(300).nullable().optional(),
        from: isoDate('From date').nullable().optional(),
        to: isoDate('To date').nullable().optional(),
        order: z.enum(SEARCH_ORDERS, { error: 'Order the results by newest meetings first or best match.' }).default('newest'),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).max(100_000).default(0),
      })
      .strict(),
    returns<SearchResults>(),
    'Full-text search across transcripts: words, "phrases", prefix*, AND/OR/NOT; newest meetings first or best match (bm25), with snippets.',
  ),

  'profiles.list': method(empty, returns<{ profiles: Profile[]; currentId: Id; chosen: boolean }>(), 'The people who work at this computer, and who is working now.'),
  'profiles.create': method(
    z
      .object({
        name: text('Your name', 200),
        role: z.enum(['member', 'clerk']),
        personId: id.nullable().optional(),
      })
      .strict(),
    returns<Profile>(),
    'Adds a profile and makes it the current one.',
  ),
  'profiles.choose': method(z.object({ id }).strict(), returns<Profile>(), 'Makes a profile the current one: every change from now on records it as author.'),

  'tags.list': method(z.object({ investigationId: id }).strict(), returns<Tag[]>(), 'The codebook: chapters, sections and recommendations, then themes.'),
  'tags.create': method(
    z
      .object({
        investigationId: id,
        name: text('Tag name', 120),
        parentId: id.nullable().optional(),
        colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written like #1d70b8.').nullable().optional(),
        description: optionalText('Description', 1000).optional(),
      })
      .strict(),
    returns<Tag>(),
    'Adds a theme to the codebook.',
  ),
  'tags.update': method(
    z
      .object({
        id,
        name: text('Tag name', 120).optional(),
        parentId: id.nullable().optional(),
        colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written like #1d70b8.').nullable().optional(),
        description: optionalText('Description', 1000).optional(),
      })
      .strict(),
    returns<Tag>(),
    'Renames, recolours, describes or moves a theme (structure tags take their names from the report).',
  ),
  'tags.merge': method(
    z.object({ sourceId: id, targetId: id }).strict(),
    returns<{ movedQuotes: number }>(),
    'Merges one theme into another: its quotes and child themes move, then it is removed.',
  ),
  'tags.delete': method(
    z
      .object({
        id,
        /** What to do with quotes carrying the tag: required when it is in use. */
        quotes: z.enum(['untag', 'move']).optional(),
        moveToTagId: id.optional(),
      })
      .strict()
      .refine((v) => v.quotes !== 'move' || v.moveToTagId !== undefined, { message: 'Choose the tag to move the quotes to.', path: ['moveToTagId'] }),
    returns<{ id: Id; affectedQuotes: number }>(),
    'Deletes a theme; quotes carrying it are untagged or moved to another tag, never left dangling.',
  ),

  'quotes.list': method(
    z.object({ investigationId: id.optional(), transcriptId: id.optional(), tagId: id.optional() }).strict(),
    returns<Quote[]>(),
    'Quotes with speaker, organisation, meeting, date, page, tags, author, note and text.',
  ),
  'quotes.table': method(
    z.object({ investigationId: id, limit: z.number().int().min(1).max(10_000).optional() }).strict(),
    returns<QuoteTable>(),
    'An investigation’s quotes for the evidence grid, as dictionaries and columns; `limit` returns the first few (and the total).',
  ),
  'quotes.create': method(
    z
      .object({
        transcriptId: id,
        startOffset: z.number().int().min(0),
        endOffset: z.number().int().min(0),
        note: optionalText('Note', 5000).optional(),
        tagIds: z.array(id).max(100).optional(),
      })
      .strict(),
    returns<Quote>(),
    'Marks a passage of a transcript (within a turn, or across turns and pages) as a quote.',
  ),
  'quotes.update': method(
    z
      .object({
        id,
        startOffset: z.number().int().min(0).optional(),
        endOffset: z.number().int().min(0).optional(),
        note: optionalText('Note', 5000).optional(),
      })
      .strict(),
    returns<Quote>(),
    'Extends or shrinks a quote, or edits its note.',
  ),
  'quotes.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes a quote (it can be undone).'),
  'quotes.tag': method(z.object({ quoteId: id, tagId: id }).strict(), returns<Quote>(), 'Puts a tag on a quote.'),
  'quotes.untag': method(z.object({ quoteId: id, tagId: id }).strict(), returns<Quote>(), 'Takes a tag off a quote.'),

  'coverage.get': method(
    z.object({ investigationId: id }).strict(),
    returns<CoverageRow[]>(),
    'For each chapter and recommendation: quotes, distinct witnesses and organisations, and who marked them.',
  ),

  'history.state': method(empty, returns<UndoState>(), 'What Undo and Redo would do now.'),
  'history.undo': method(empty, returns<UndoState>(), 'Undoes the last quote or tag action of this session.'),
  'history.redo': method(empty, returns<UndoState>(), 'Redoes the last undone quote or tag action.'),

  'transcripts.reimport': method(
    z.object({ transcriptId: id, uploadId: id, jobId: id.optional() }).strict(),
    returns<ReanchorReport>(),
    'Replaces a transcript with a corrected version and re-anchors every quote by its text.',
  ),

  'jobs.cancel': method(z.object({ jobId: id }).strict(), returns<{ cancelled: boolean }>(), 'Asks a running import to stop.'),

  'changes.list': method(
    z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(),
    returns<ChangeLogEntry[]>(),
    'The most recent changes to the store.',
  ),

  ...sourcesContract,
  ...metricsContract,
  ...reportContract,
  ...exportContract,
  ...versionsContract,
  ...backupsContract,
  ...bundlesContract,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller passes (before defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (after validation, defaults and transforms). */
export type ValidatedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M]['result'];

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: unknown): value is MethodName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
}

// Events, menu commands and the wire format live in a zod-free module so the renderer (and the
// preload) can use them without bundling the schemas above.
export {
  APP_COMMANDS,
  EVENT_NAMES,
  MAX_PAYLOAD_BYTES,
  type AppCommand,
  type CallRequest,
  type CallResponse,
  type EventMap,
  type EventName,
} from './wire';
