/** The committee: its members (editable) and its secretariat (the report's "Contact us"). */
import { useState } from 'react';
import { MEMBER_ROLE_LABELS, displayName, memberName } from '../../../../shared/domain/labels';
import type { CommitteeMember, MemberRole } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Heading, type HeadingLevel } from '../../components/Heading';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { MemberForm } from './MemberForm';

const ROLE_ORDER: Record<MemberRole, number> = { chairman: 0, deputy_chair: 1, member: 2 };

type Editing = { kind: 'add' } | { kind: 'edit'; member: CommitteeMember } | { kind: 'remove'; member: CommitteeMember } | null;

export function CommitteeSection({ level }: { level: HeadingLevel }) {
  const { overview, reload } = useLoadedInvestigation();
  const { committee, members, secretariat } = overview;
  const api = useApi();
  const announce = useAnnounce();
  const [editing, setEditing] = useState<Editing>(null);
  const close = () => setEditing(null);
  const saved = (message = 'Saved') => {
    announce(message);
    reload();
  };

  const sortedMembers = [...members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const sortedSecretariat = [...secretariat].sort((a, b) => a.position - b.position);

  return (
    <>
      <p className="committee-name">
        <strong>{committee.name}</strong>
        {committee.body ? `, ${committee.body}` : null}
      </p>
      {committee.description ? <p>{committee.description}</p> : null}

      <div className="section-head">
        <Heading level={level} id="committee-members">
          Members
        </Heading>
        <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'add' })}>
          Add a member
        </button>
      </div>
      {sortedMembers.length === 0 ? (
        <p className="empty">No members yet. Add the committee’s members so that transcripts and dissents can name them.</p>
      ) : (
        <table className="table" aria-labelledby="committee-members">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Party</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sortedMembers.map((member) => {
              const name = memberName(member.person, committee);
              return (
                <tr key={member.id}>
                  <th scope="row">{name}</th>
                  <td>{MEMBER_ROLE_LABELS[member.role]}</td>
                  <td>{member.party ?? <span className="muted">Not recorded</span>}</td>
                  <td className="row-actions">
                    <button type="button" className="button button--small button--secondary" onClick={() => setEditing({ kind: 'edit', member })}>
                      Edit<span className="visually-hidden"> {name}</span>
                    </button>
                    <button type="button" className="button button--small button--quiet-danger" onClick={() => setEditing({ kind: 'remove', member })}>
                      Remove<span className="visually-hidden"> {name}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      <Heading level={level} id="committee-secretariat">
        Secretariat
      </Heading>
      {sortedSecretariat.length === 0 ? (
        <p className="empty">No secretariat contacts are recorded.</p>
      ) : (
        <table className="table" aria-labelledby="committee-secretariat">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Job title</th>
              <th scope="col">Email</th>
            </tr>
          </thead>
          <tbody>
            {sortedSecretariat.map((contact) => {
              const email = contact.email ?? contact.person.email;
              return (
                <tr key={contact.id}>
                  <th scope="row">{displayName(contact.person)}</th>
                  <td>{contact.jobTitle}</td>
                  <td>{email ? <a href={`mailto:${email}`}>{email}</a> : <span className="muted">Not recorded</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {editing?.kind === 'add' ? <MemberForm committeeId={committee.id} designation={committee.memberDesignation} onClose={close} onSaved={() => saved('Member added')} /> : null}
      {editing?.kind === 'edit' ? (
        <MemberForm
          committeeId={committee.id}
          designation={committee.memberDesignation}
          member={editing.member}
          memberLabel={memberName(editing.member.person, committee)}
          onClose={close}
          onSaved={() => saved()}
        />
      ) : null}
      {editing?.kind === 'remove' ? (
        <ConfirmDialog
          title={`Remove ${memberName(editing.member.person, committee)}?`}
          confirmLabel="Remove member"
          onConfirm={() => api.call('members.remove', { id: editing.member.id })}
          onDone={() => saved('Member removed')}
          onClose={close}
          fallbackFocus={() => document.getElementById('committee-members')}
        >
          <p>
            {memberName(editing.member.person, committee)} will no longer be listed as a member of the {committee.name}.
          </p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
