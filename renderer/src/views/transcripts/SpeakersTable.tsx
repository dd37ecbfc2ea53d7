/**
 * A transcript's speakers and who they are: each speaker as printed, their role, how many turns
 * they have, and the person they are linked to. An unlinked speaker is linked in one step — choose
 * one of the meeting's guests or the committee's members, or create a person — and the link
 * applies to every turn of that speaker.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { TranscriptDetail, TranscriptSpeaker } from '../../../../shared/domain/transcripts';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { Loading, LoadError } from '../../components/QueryStatus';
import { count } from '../../format/plural';
import { useApiQuery } from '../../hooks/useApiQuery';
import { describeError } from '../../hooks/useSubmit';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { CreatePersonDialog } from './CreatePersonDialog';
import { linkCandidates, peopleOf, personName } from './people';

const CREATE = '__create';

/** Loads a transcript and shows its speakers (or only the named ones). */
export function SpeakersPanel({ transcriptId, only, caption }: { transcriptId: string; only?: readonly string[]; caption: string }) {
  const { overview } = useLoadedInvestigation();
  const query = useApiQuery(`transcript-speakers:${transcriptId}`, (api) => api.call('transcripts.get', { id: transcriptId }), {
    investigationId: overview.investigation.id,
  });
  if (query.data === undefined) {
    return query.error ? <LoadError error={query.error} what="the speakers" onRetry={query.reload} /> : <Loading what="the speakers" />;
  }
  return <SpeakersTable detail={query.data} {...(only ? { only } : {})} caption={caption} onChanged={query.reload} />;
}

interface Props {
  detail: TranscriptDetail;
  /** Show only these speakers (by normalised name), e.g. those an import could not match. */
  only?: readonly string[];
  caption: string;
  onChanged?: () => void;
}

export function SpeakersTable({ detail, only, caption, onChanged }: Props) {
  const { overview } = useLoadedInvestigation();
  const meeting = overview.meetings.find((m) => m.id === detail.meetingId);
  const candidates = linkCandidates(overview, meeting);
  const people = peopleOf(overview);
  const speakers = only ? detail.speakers.filter((s) => only.includes(s.name)) : detail.speakers;
  // What happened to each row, said next to it ("Linked 14 turns.") as well as announced.
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  const [creating, setCreating] = useState<TranscriptSpeaker | null>(null);
  // Linking swaps the row's "Link" button for "Unlink" (and back): focus follows to the new button.
  const tableRef = useRef<HTMLTableElement>(null);
  const focusNext = useRef<{ name: string; kind: 'link' | 'unlink' } | null>(null);

  useEffect(() => {
    const wanted = focusNext.current;
    if (!wanted || !tableRef.current) return;
    const button = [...tableRef.current.querySelectorAll<HTMLButtonElement>('button[data-speaker]')].find(
      (b) => b.dataset.speaker === wanted.name && b.dataset.kind === wanted.kind,
    );
    if (button) {
      focusNext.current = null;
      button.focus();
    }
  });

  if (speakers.length === 0) return <p className="empty">No speakers were found in this transcript.</p>;

  const done = (speaker: TranscriptSpeaker, message: string, linked: boolean) => {
    focusNext.current = { name: speaker.name, kind: linked ? 'unlink' : 'link' };
    setOutcomes((previous) => ({ ...previous, [speaker.name]: message }));
    onChanged?.();
  };

  return (
    <>
      <table className="table speakers-table" ref={tableRef}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Speaker</th>
            <th scope="col">Role as printed</th>
            <th scope="col" className="numeric">
              Turns
            </th>
            <th scope="col">Linked to</th>
          </tr>
        </thead>
        <tbody>
          {speakers.map((speaker) => {
            const known = speaker.person ? people.get(speaker.person.id) : undefined;
            const linkedName = speaker.person ? personName(speaker.person, known?.isMember ?? false, overview.committee) : null;
            return (
              <tr key={speaker.name}>
                <th scope="row">
                  {speaker.name}
                  {speaker.label !== speaker.name ? <span className="speakers-table__label">Printed as “{speaker.label}”</span> : null}
                </th>
                <td>{speaker.roleText ?? <span className="muted">None</span>}</td>
                <td className="numeric">{speaker.turnCount.toLocaleString('en-GB')}</td>
                <td>
                  {speaker.person && linkedName ? (
                    <LinkedCell transcriptId={detail.id} speaker={speaker} linkedName={linkedName} onDone={done} />
                  ) : (
                    <LinkCell
                      transcriptId={detail.id}
                      speaker={speaker}
                      candidates={candidates}
                      onCreate={() => setCreating(speaker)}
                      onDone={done}
                    />
                  )}
                  {outcomes[speaker.name] ? <p className="speakers-table__outcome">{outcomes[speaker.name]}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {creating ? (
        <CreatePersonDialog
          transcriptId={detail.id}
          speaker={creating}
          meeting={meeting}
          panelTitle={detail.panelTitle}
          onClose={() => setCreating(null)}
          onLinked={(updatedTurns, name) => done(creating, `Linked ${count(updatedTurns, 'turn')} to ${name}.`, true)}
        />
      ) : null}
    </>
  );
}

function LinkedCell({
  transcriptId,
  speaker,
  linkedName,
  onDone,
}: {
  transcriptId: string;
  speaker: TranscriptSpeaker;
  linkedName: string;
  onDone: (speaker: TranscriptSpeaker, message: string, linked: boolean) => void;
}) {
  const api = useApi();
  const announce = useAnnounce();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="speaker-link">
      <span className="speaker-link__person">{linkedName}</span>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const result = await api.call('transcripts.linkSpeaker', { transcriptId, speakerName: speaker.name, personId: null });
            const message = `Unlinked ${count(result.updatedTurns, 'turn')} of ${speaker.name}.`;
            announce(message);
            onDone(speaker, message, false);
          } catch (failure) {
            setError(describeError(failure).message);
          } finally {
            setBusy(false);
          }
        }}
        data-speaker={speaker.name}
        data-kind="unlink"
      >
        Unlink<span className="visually-hidden"> {speaker.name}</span>
      </button>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function LinkCell({
  transcriptId,
  speaker,
  candidates,
  onCreate,
  onDone,
}: {
  transcriptId: string;
  speaker: TranscriptSpeaker;
  candidates: ReturnType<typeof linkCandidates>;
  onCreate: () => void;
  onDone: (speaker: TranscriptSpeaker, message: string, linked: boolean) => void;
}) {
  const api = useApi();
  const announce = useAnnounce();
  const id = useId();
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const guests = candidates.filter((c) => c.group === 'guest');
  const members = candidates.filter((c) => c.group === 'member');

  async function link() {
    setError(null);
    if (choice === CREATE) {
      onCreate();
      return;
    }
    if (!choice) {
      setError(`Choose who ${speaker.name} is, or create a person.`);
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('transcripts.linkSpeaker', { transcriptId, speakerName: speaker.name, personId: choice });
      const who = candidates.find((c) => c.person.id === choice)?.name ?? 'the person chosen';
      const message = `Linked ${count(result.updatedTurns, 'turn')} to ${who}.`;
      announce(message);
      onDone(speaker, message, true);
    } catch (failure) {
      setError(describeError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="speaker-link">
      <span className="speaker-link__none">Not linked</span>
      <div className="speaker-link__controls">
        <label className="visually-hidden" htmlFor={`${id}-who`}>
          Who is {speaker.name}?
        </label>
        <select
          id={`${id}-who`}
          className="input"
          value={choice}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setChoice(event.target.value);
            setError(null);
          }}
        >
          <option value="">Choose a person…</option>
          {guests.length > 0 ? (
            <optgroup label="Guests at this meeting">
              {guests.map((c) => (
                <option key={c.person.id} value={c.person.id}>
                  {c.detail ? `${c.name} (${c.detail})` : c.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {members.length > 0 ? (
            <optgroup label="Committee members">
              {members.map((c) => (
                <option key={c.person.id} value={c.person.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value={CREATE}>Create a person…</option>
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void link()}
          data-speaker={speaker.name}
          data-kind="link"
        >
          Link<span className="visually-hidden"> {speaker.name}</span>
        </button>
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
