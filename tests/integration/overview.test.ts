/** The sample investigation and the Overview's editing, through the typed in-process client. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { memberName } from '../../shared/domain/labels';
import { sampleBackend as copyOfSample, tempBackend } from '../helpers/temp';

async function sampleBackend() {
  const { backend, investigationId } = await copyOfSample();
  return { backend, client: backend.client, investigationId };
}

function storeFingerprint(backend: Awaited<ReturnType<typeof tempBackend>>): string {
  const tables = (backend.store.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
  return JSON.stringify(tables.map((t) => backend.store.db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all()));
}

describe('the sample investigation', () => {
  it('loads once; loading again changes nothing', async () => {
    const { backend, client, investigationId } = await sampleBackend();
    const before = storeFingerprint(backend);
    expect(await client.call('sample.load', {})).toEqual({ investigationId, created: false });
    expect(storeFingerprint(backend)).toBe(before);
  });

  it('has the same ids in every store', async () => {
    // Two stores loaded independently, not copies of one another.
    const load = async () => {
      const backend = await tempBackend();
      const { investigationId } = await backend.client.call('sample.load', {});
      return { client: backend.client, investigationId };
    };
    const [a, b] = [await load(), await load()];
    expect(a.investigationId).toBe(b.investigationId);
    const overviewA = await a.client.call('investigations.get', { id: a.investigationId });
    const overviewB = await b.client.call('investigations.get', { id: b.investigationId });
    expect(overviewA.recommendations.map((r) => r.id)).toEqual(overviewB.recommendations.map((r) => r.id));
  });

  it('shows the committee, members, secretariat, meetings, chapters and 12 recommendations', async () => {
    const { client, investigationId } = await sampleBackend();
    const o = await client.call('investigations.get', { id: investigationId });
    expect(o.committee.name).toBe('London Assembly Police and Crime Committee');
    expect(o.members.map((m) => `${memberName(m.person, o.committee)} (${m.role})`)).toEqual(['Susan Hall AM (chairman)', 'Zoë Garbett AM (member)']);
    expect(o.secretariat.map((s) => s.person.fullName)).toEqual(['Janette Roker', 'Philip Lewis', 'Rebecca Storer', 'Yonah Ehrlich', 'Anthony Smyth', 'Lauren Harvey']);
    expect(o.investigation.termsOfReference).toHaveLength(4);
    const formal = o.meetings.find((m) => m.heldOn === '2025-01-15')!;
    expect(formal.kind).toBe('formal_meeting');
    expect(formal.panels.map((p) => [p.title, p.participants.map((x) => x.person.fullName)])).toEqual([
      ['Panel 1', ['Ben Bradford', 'Jyoti Belur', 'Sophia Worringer']],
      ['Panel 2', ['Stephen Walcott', 'Louise Holden', 'John Hayward-Cripps', 'Nahar Choudhury']],
    ]);
    expect(o.meetings.map((m) => m.heldOn)).toEqual(expect.arrayContaining(['2024-12-18', '2025-01-29', '2025-02-12', '2025-01-06']));
    expect(o.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(o.chapters.filter((c) => c.kind === 'chapter').map((c) => c.label)).toEqual(['Chapter one', 'Chapter two', 'Chapter three', 'Chapter four']);
  });

  it('records the dissent on the exact part of Recommendation 8, and the reservation', async () => {
    const { client, investigationId } = await sampleBackend();
    const o = await client.call('investigations.get', { id: investigationId });
    const rec8 = o.recommendations.find((r) => r.number === 8)!;
    expect(rec8.dissents).toHaveLength(1);
    const dissent = rec8.dissents[0]!;
    expect(dissent.member.fullName).toBe('Zoë Garbett');
    expect(rec8.parts.find((p) => p.id === dissent.recommendationPartId)?.text).toBe("support the Met's use of the tactic");
    expect(dissent.text).toMatch(/^Zoë Garbett AM dissents from part of Recommendation 8\./);
    expect(o.recommendations.filter((r) => r.number !== 8).every((r) => r.dissents.length === 0)).toBe(true);
    expect(o.reservations).toHaveLength(1);
    expect(o.reservations[0]!.anchorText).toBe('Stop and search is an important operational tool for the police.');
  });
});

describe('editing from the Overview', () => {
  it('edits investigation details and terms of reference, and logs the change', async () => {
    const { client, investigationId } = await sampleBackend();
    await client.call('investigations.update', { id: investigationId, status: 'monitoring', termsOfReference: ['First term', 'Second term'] });
    const o = await client.call('investigations.get', { id: investigationId });
    expect(o.investigation.status).toBe('monitoring');
    expect(o.investigation.termsOfReference).toEqual(['First term', 'Second term']);
    const changes = await client.call('changes.list', {});
    expect(changes[0]).toMatchObject({ entity: 'investigation', action: 'update', entityId: investigationId });
  });

  it('refuses a publication date before the start date and leaves the investigation as it was', async () => {
    const { client, investigationId } = await sampleBackend();
    const before = await client.call('investigations.get', { id: investigationId });
    await expect(client.call('investigations.update', { id: investigationId, startedOn: '2025-03-01', publishedOn: '2025-01-01' })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await client.call('investigations.get', { id: investigationId })).toEqual(before);
  });

  it('adds, edits and removes a member; only one Chairman at a time', async () => {
    const { client, investigationId } = await sampleBackend();
    const { committee } = await client.call('investigations.get', { id: investigationId });
    const added = await client.call('members.add', { committeeId: committee.id, person: { fullName: 'Marina Ahmad' }, role: 'member' });
    expect(added.person.fullName).toBe('Marina Ahmad');
    const error = await client.call('members.update', { id: added.id, role: 'chairman' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/Susan Hall is already Chairman/);
    const edited = await client.call('members.update', { id: added.id, role: 'deputy_chair', party: 'Labour', person: { fullName: 'Marina Ahmad' } });
    expect(edited).toMatchObject({ role: 'deputy_chair', party: 'Labour' });
    await client.call('members.remove', { id: added.id });
    const after = await client.call('investigations.get', { id: investigationId });
    expect(after.members.map((m) => m.person.fullName)).toEqual(['Susan Hall', 'Zoë Garbett']);
  });

  it('will not remove a member whose dissent is on record', async () => {
    const { client, investigationId } = await sampleBackend();
    const { members } = await client.call('investigations.get', { id: investigationId });
    const zoe = members.find((m) => m.person.fullName === 'Zoë Garbett')!;
    await expect(client.call('members.remove', { id: zoe.id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/dissent/) });
  });

  it('creates, edits and deletes meetings, panels and guests', async () => {
    const { client, investigationId } = await sampleBackend();
    const meeting = await client.call('meetings.create', { investigationId, kind: 'site_visit', heldOn: '2025-02-20', title: 'Visit to a Basic Command Unit' });
    const panel = await client.call('panels.create', { meetingId: meeting.id, title: 'Panel A' });
    const guest = await client.call('participants.add', { meetingId: meeting.id, panelId: panel.id, person: { fullName: 'Alex Example', honorific: 'Dr' }, roleText: 'Borough Commander', organisation: 'Metropolitan Police' });
    expect(guest).toMatchObject({ panelId: panel.id, roleText: 'Borough Commander', person: { honorific: 'Dr' } });
    await client.call('meetings.update', { id: meeting.id, title: 'Visit to the North West BCU' });
    await client.call('participants.update', { id: guest.id, panelId: null, roleText: 'Chief Superintendent' });
    let o = await client.call('investigations.get', { id: investigationId });
    const stored = o.meetings.find((m) => m.id === meeting.id)!;
    expect(stored.title).toBe('Visit to the North West BCU');
    expect(stored.participants.map((p) => p.roleText)).toEqual(['Chief Superintendent']);
    await client.call('meetings.delete', { id: meeting.id });
    o = await client.call('investigations.get', { id: investigationId });
    expect(o.meetings.some((m) => m.id === meeting.id)).toBe(false);
  });

  it('refuses a guest on a panel of another meeting, leaving the store unchanged', async () => {
    const { backend, client, investigationId } = await sampleBackend();
    const o = await client.call('investigations.get', { id: investigationId });
    const formal = o.meetings.find((m) => m.panels.length > 0)!;
    const other = o.meetings.find((m) => m.id !== formal.id)!;
    const before = storeFingerprint(backend);
    await expect(client.call('participants.add', { meetingId: other.id, panelId: formal.panels[0]!.id, person: { fullName: 'Nobody' } })).rejects.toMatchObject({ code: 'invalid_input' });
    expect(storeFingerprint(backend)).toBe(before);
  });

  it('announces changes to subscribers', async () => {
    const { backend, client, investigationId } = await sampleBackend();
    const seen: unknown[] = [];
    backend.subscribe('store.changed', (payload) => seen.push(payload));
    await client.call('meetings.create', { investigationId, kind: 'written_evidence', heldOn: '2025-01-31', title: 'Written submissions' });
    expect(seen).toEqual([{ entities: ['meeting'], investigationId }]);
  });

  it('creates a new investigation for a new committee', async () => {
    const backend = await tempBackend();
    const { id } = await backend.client.call('investigations.create', { title: 'Policing of protests', committeeName: 'Police and Crime Committee' });
    const list = await backend.client.call('investigations.list', {});
    expect(list).toEqual([expect.objectContaining({ id, title: 'Policing of protests', committeeName: 'Police and Crime Committee', status: 'scoping' })]);
  });
});
