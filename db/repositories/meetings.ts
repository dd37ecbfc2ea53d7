/** Meetings, their panels and the people who took part. */
import type { Meeting, MeetingKind, Panel, Participant, ParticipantKind } from '../../shared/domain/types';
import type { Db } from '../store';
import { PERSON_COLUMNS, personFromJoined, type JoinedPersonRow } from './people';
import { freshStamps, updateClause } from './stamps';

interface MeetingRow {
  id: string;
  investigation_id: string;
  kind: MeetingKind;
  held_on: string;
  title: string;
  location: string | null;
  notes: string | null;
}

interface PanelRow {
  id: string;
  meeting_id: string;
  position: number;
  title: string;
}

type ParticipantRow = JoinedPersonRow & {
  id: string;
  meeting_id: string;
  panel_id: string | null;
  kind: ParticipantKind;
  role_text: string;
  organisation: string | null;
  position: number;
};

const PARTICIPANT_SELECT = `SELECT x.id, x.meeting_id, x.panel_id, x.kind, x.role_text, x.organisation, x.position, ${PERSON_COLUMNS}
  FROM participants x JOIN people p ON p.id = x.person_id`;

function participantFromRow(row: ParticipantRow): Participant {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    panelId: row.panel_id,
    kind: row.kind,
    roleText: row.role_text,
    organisation: row.organisation,
    position: row.position,
    person: personFromJoined(row),
  };
}

/** Meetings of one investigation, in date order, with panels and participants filled in. */
export function listMeetings(db: Db, investigationId: string): Meeting[] {
  const meetings = db
    .prepare(
      `SELECT id, investigation_id, kind, held_on, title, location, notes FROM meetings
       WHERE investigation_id = ? ORDER BY held_on, title`,
    )
    .all(investigationId) as MeetingRow[];
  const panels = db
    .prepare(
      `SELECT x.id, x.meeting_id, x.position, x.title FROM panels x JOIN meetings m ON m.id = x.meeting_id
       WHERE m.investigation_id = ? ORDER BY x.position`,
    )
    .all(investigationId) as PanelRow[];
  const participants = db
    .prepare(
      `${PARTICIPANT_SELECT} JOIN meetings m ON m.id = x.meeting_id WHERE m.investigation_id = ? ORDER BY x.position`,
    )
    .all(investigationId) as ParticipantRow[];
  return meetings.map((row) => assembleMeeting(row, panels, participants));
}

function assembleMeeting(row: MeetingRow, panels: PanelRow[], participants: ParticipantRow[]): Meeting {
  const mine = participants.filter((p) => p.meeting_id === row.id).map(participantFromRow);
  return {
    id: row.id,
    investigationId: row.investigation_id,
    kind: row.kind,
    heldOn: row.held_on,
    title: row.title,
    location: row.location,
    notes: row.notes,
    panels: panels
      .filter((panel) => panel.meeting_id === row.id)
      .map((panel) => ({
        id: panel.id,
        meetingId: panel.meeting_id,
        title: panel.title,
        position: panel.position,
        participants: mine.filter((p) => p.panelId === panel.id),
      })),
    participants: mine.filter((p) => p.panelId === null),
  };
}

export function getMeeting(db: Db, id: string): Meeting | undefined {
  const row = db
    .prepare('SELECT id, investigation_id, kind, held_on, title, location, notes FROM meetings WHERE id = ?')
    .get(id) as MeetingRow | undefined;
  if (!row) return undefined;
  const panels = db.prepare('SELECT id, meeting_id, position, title FROM panels WHERE meeting_id = ? ORDER BY position').all(id) as PanelRow[];
  const participants = db.prepare(`${PARTICIPANT_SELECT} WHERE x.meeting_id = ? ORDER BY x.position`).all(id) as ParticipantRow[];
  return assembleMeeting(row, panels, participants);
}

export interface MeetingFields {
  investigationId: string;
  kind: MeetingKind;
  heldOn: string;
  title: string;
  location?: string | null;
  notes?: string | null;
}

export function insertMeeting(db: Db, authorId: string, fields: MeetingFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO meetings (id, investigation_id, kind, held_on, title, location, notes, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @kind, @held_on, @title, @location, @notes, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    investigation_id: fields.investigationId,
    kind: fields.kind,
    held_on: fields.heldOn,
    title: fields.title,
    location: fields.location ?? null,
    notes: fields.notes ?? null,
  });
  return stamps.id;
}

export function updateMeeting(db: Db, id: string, fields: Partial<Omit<MeetingFields, 'investigationId'>>): void {
  const { sql, params } = updateClause({
    kind: fields.kind,
    held_on: fields.heldOn,
    title: fields.title,
    location: fields.location,
    notes: fields.notes,
  });
  db.prepare(`UPDATE meetings SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deleteMeeting(db: Db, id: string): void {
  db.prepare('DELETE FROM meetings WHERE id = ?').run(id);
}

export function meetingInvestigationId(db: Db, meetingId: string): string | undefined {
  return (db.prepare('SELECT investigation_id FROM meetings WHERE id = ?').get(meetingId) as { investigation_id: string } | undefined)
    ?.investigation_id;
}

function nextPosition(db: Db, table: 'panels' | 'participants', meetingId: string): number {
  return (db.prepare(`SELECT ifnull(max(position) + 1, 0) AS n FROM ${table} WHERE meeting_id = ?`).get(meetingId) as { n: number }).n;
}

export function insertPanel(db: Db, authorId: string, fields: { meetingId: string; title: string; position?: number }, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO panels (id, meeting_id, position, title, author_id, created_at, updated_at)
     VALUES (@id, @meeting_id, @position, @title, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, meeting_id: fields.meetingId, position: fields.position ?? nextPosition(db, 'panels', fields.meetingId), title: fields.title });
  return stamps.id;
}

export function getPanel(db: Db, id: string): Panel | undefined {
  const row = db.prepare('SELECT meeting_id FROM panels WHERE id = ?').get(id) as { meeting_id: string } | undefined;
  return row && getMeeting(db, row.meeting_id)?.panels.find((panel) => panel.id === id);
}

export function panelMeetingId(db: Db, panelId: string): string | undefined {
  return (db.prepare('SELECT meeting_id FROM panels WHERE id = ?').get(panelId) as { meeting_id: string } | undefined)?.meeting_id;
}

export function renamePanel(db: Db, id: string, title: string): void {
  const { sql, params } = updateClause({ title });
  db.prepare(`UPDATE panels SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deletePanel(db: Db, id: string): void {
  db.prepare('DELETE FROM panels WHERE id = ?').run(id);
}

export interface ParticipantFields {
  meetingId: string;
  panelId: string | null;
  personId: string;
  kind: ParticipantKind;
  roleText: string;
  organisation: string | null;
}

export function insertParticipant(db: Db, authorId: string, fields: ParticipantFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO participants (id, meeting_id, panel_id, person_id, kind, role_text, organisation, position,
       author_id, created_at, updated_at)
     VALUES (@id, @meeting_id, @panel_id, @person_id, @kind, @role_text, @organisation, @position,
       @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    meeting_id: fields.meetingId,
    panel_id: fields.panelId,
    person_id: fields.personId,
    kind: fields.kind,
    role_text: fields.roleText,
    organisation: fields.organisation,
    position: nextPosition(db, 'participants', fields.meetingId),
  });
  return stamps.id;
}

export function getParticipant(db: Db, id: string): Participant | undefined {
  const row = db.prepare(`${PARTICIPANT_SELECT} WHERE x.id = ?`).get(id) as ParticipantRow | undefined;
  return row && participantFromRow(row);
}

export function updateParticipant(
  db: Db,
  id: string,
  fields: Partial<Pick<ParticipantFields, 'panelId' | 'kind' | 'roleText' | 'organisation'>>,
): void {
  const { sql, params } = updateClause({
    panel_id: fields.panelId,
    kind: fields.kind,
    role_text: fields.roleText,
    organisation: fields.organisation,
  });
  db.prepare(`UPDATE participants SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deleteParticipant(db: Db, id: string): void {
  db.prepare('DELETE FROM participants WHERE id = ?').run(id);
}
