/**
 * Importing a transcript: choose (or drop) a file, say which meeting and panel it is from, then
 * watch it being read. The file is uploaded to the backend's staging area, then imported by a job
 * whose id the page chooses, so progress events can be followed and the job cancelled before the
 * call returns. The result says what was found and lists the speakers still to link.
 */
import { useEffect, useId, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { EventMap } from '../../../../shared/api/wire';
import { MEETING_KIND_LABELS, meetingKindInProse } from '../../../../shared/domain/labels';
import type { Meeting } from '../../../../shared/domain/types';
import type { TranscriptImportResult, TranscriptSummary } from '../../../../shared/domain/transcripts';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { JobProgress } from '../../components/JobProgress';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/Field';
import { longDateOr } from '../../format/dates';
import { count } from '../../format/plural';
import { IMPORT_ACCEPT, defaultTranscriptTitle, formatBytes, speakersToLink } from '../../format/transcripts';
import { describeError, type FieldErrors } from '../../hooks/useSubmit';
import { useLoadedInvestigation } from '../../investigation/InvestigationContext';
import { readerHref } from '../../routing/routes';
import { SpeakersPanel } from './SpeakersTable';
import { useJob } from '../../hooks/useJob';

export interface ImportPanelHandle {
  /** A file was dropped on the page (or chosen): go to the form with it. */
  startWithFile(file: File): void;
  /** "Import transcript…" on a meeting: the form with that meeting chosen, then a file. */
  startForMeeting(meetingId: string): void;
  /** Put focus on "Choose a file…" (the desktop menu's Import command). */
  focusChooser(): void;
  /** Whether a dropped file can be taken now (not while an import runs). */
  canAcceptFile(): boolean;
}

interface FormValues {
  file: File | null;
  meetingId: string;
  panelId: string;
  title: string;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'form'; errors: FieldErrors }
  | { kind: 'running'; stage: 'uploading' | 'importing'; progress: EventMap['job.progress'] | null; cancelling: boolean }
  | { kind: 'done'; result: TranscriptImportResult; meetingId: string }
  | { kind: 'failed'; message: string; cancelled: boolean };

const NO_PANEL = '';

interface Props {
  meetings: Meeting[];
  transcripts: TranscriptSummary[] | undefined;
  ref?: Ref<ImportPanelHandle>;
}

export function ImportPanel({ meetings, transcripts, ref }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const { overview } = useLoadedInvestigation();
  const prefix = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [values, setValues] = useState<FormValues>({ file: null, meetingId: '', panelId: NO_PANEL, title: '' });
  const inputRef = useRef<HTMLInputElement>(null);
  const chooseRef = useRef<HTMLButtonElement>(null);
  const focusTarget = useRef<string | null>(null);
  const job = useJob();
  const ids = {
    file: `${prefix}-file`,
    meetingId: `${prefix}-meeting`,
    panelId: `${prefix}-panel`,
    title: `${prefix}-title`,
  };

  const meeting = meetings.find((m) => m.id === values.meetingId);
  const panels = meeting ? [...meeting.panels].sort((a, b) => a.position - b.position) : [];
  const panel = panels.find((p) => p.id === values.panelId) ?? null;

  /** The first panel of a meeting without a transcript yet (the likeliest one being imported). */
  function defaultPanel(meetingId: string): string {
    const chosen = meetings.find((m) => m.id === meetingId);
    if (!chosen || chosen.panels.length === 0) return NO_PANEL;
    const ordered = [...chosen.panels].sort((a, b) => a.position - b.position);
    const held = new Set((transcripts ?? []).filter((t) => t.meetingId === meetingId).map((t) => t.panelId));
    return (ordered.find((p) => !held.has(p.id)) ?? ordered[0]!).id;
  }

  // After a phase change, move focus to what the clerk needs next. The target is kept until it is
  // in the page: an effect left over from an earlier render may run before the one that shows it.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const element = document.getElementById(target);
    if (!element) return;
    focusTarget.current = null;
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1;
    element.focus();
  });

  function goToForm(next: FormValues, focusId: string) {
    setValues(next);
    focusTarget.current = focusId;
    setPhase({ kind: 'form', errors: {} });
  }

  useImperativeHandle(ref, () => ({
    startWithFile(file) {
      const meetingId = values.meetingId;
      goToForm({ ...values, file, meetingId, panelId: meetingId ? values.panelId : NO_PANEL }, meetingId ? ids.title : ids.meetingId);
      announce(`${file.name} is ready to import. Choose its meeting, then Import.`);
    },
    startForMeeting(meetingId) {
      goToForm({ file: null, meetingId, panelId: defaultPanel(meetingId), title: '' }, `${prefix}-choose`);
    },
    focusChooser() {
      if (phase.kind === 'running') return;
      if (phase.kind === 'idle' || phase.kind === 'form') {
        chooseRef.current?.focus();
        return;
      }
      // After a result or a failure, back to the drop zone and its button.
      focusTarget.current = `${prefix}-choose`;
      setPhase({ kind: 'idle' });
    },
    canAcceptFile: () => phase.kind !== 'running',
  }));

  function onFileChosen(file: File | undefined) {
    if (!file) return;
    const meetingId = values.meetingId;
    goToForm({ ...values, file, panelId: meetingId ? values.panelId || defaultPanel(meetingId) : NO_PANEL }, meetingId ? ids.title : ids.meetingId);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const errors: FieldErrors = {};
    if (!values.file) errors.file = 'Choose the transcript file to import.';
    if (!values.meetingId) errors.meetingId = 'Choose the meeting this transcript is from.';
    if (Object.keys(errors).length > 0) {
      setPhase({ kind: 'form', errors });
      return;
    }
    const file = values.file!;
    focusTarget.current = `${prefix}-progress`;
    setPhase({ kind: 'running', stage: 'uploading', progress: null, cancelling: false });
    try {
      const result = await job.run(
        (progress) => setPhase((current) => (current.kind === 'running' ? { ...current, progress } : current)),
        async ({ id: jobId, stopIfCancelled }) => {
          const uploaded = await api.upload(file.name, file);
          stopIfCancelled('Cancelled. Nothing was changed.');
          setPhase((current) => (current.kind === 'running' ? { ...current, stage: 'importing' } : current));
          const title = values.title.trim();
          return api.call('transcripts.import', {
            uploadId: uploaded.uploadId,
            meetingId: values.meetingId,
            panelId: values.panelId === NO_PANEL ? null : values.panelId,
            ...(title ? { title } : {}),
            jobId,
          });
        },
      );
      focusTarget.current = `${prefix}-result`;
      setPhase({ kind: 'done', result, meetingId: values.meetingId });
      announce(`Imported “${result.title}”: ${count(result.pageCount, 'page')}, ${count(result.turns.length, 'speaker turn')}.`);
    } catch (error) {
      const cancelled = ApiError.is(error) && error.code === 'cancelled';
      focusTarget.current = `${prefix}-failed`;
      setPhase({ kind: 'failed', message: describeError(error).message, cancelled });
    }
  }

  async function cancel() {
    setPhase((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    await job.cancel();
  }

  function reset(keepMeeting: boolean) {
    const next = { file: null, meetingId: keepMeeting ? values.meetingId : '', panelId: keepMeeting ? values.panelId : NO_PANEL, title: '' };
    if (keepMeeting) {
      goToForm(next, `${prefix}-choose`);
    } else {
      setValues(next);
      focusTarget.current = `${prefix}-choose`;
      setPhase({ kind: 'idle' });
    }
  }

  const chooser = (
    <>
      <input
        ref={inputRef}
        id={`${prefix}-input`}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="transcript-file-input"
        onChange={(event) => {
          onFileChosen(event.target.files?.[0]);
          // Choosing the same file again (after fixing the form) still fires a change.
          event.target.value = '';
        }}
      />
      <button
        ref={chooseRef}
        id={`${prefix}-choose`}
        type="button"
        className={values.file ? 'button button--secondary' : 'button'}
        aria-describedby={
          phase.kind === 'form' ? [phase.errors.file ? `${ids.file}-error` : null, ids.file].filter(Boolean).join(' ') : undefined
        }
        onClick={() => inputRef.current?.click()}
      >
        {values.file ? 'Choose a different file…' : 'Choose a file…'}
      </button>
    </>
  );

  return (
    <section className="import-panel" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`} className="import-panel__title">
        Import a transcript
      </h2>

      {phase.kind === 'idle' ? (
        <div className="drop-zone">
          <p className="drop-zone__text">
            Drop a transcript (PDF, Word or text) anywhere on this page, or choose the file. It is read on this computer and kept in the
            store.
          </p>
          {chooser}
        </div>
      ) : null}

      {phase.kind === 'form' ? (
        <form className="form" onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-heading`}>
          <ErrorSummary message={null} fieldErrors={phase.errors} fieldIds={{ ...ids, file: `${prefix}-choose` }} />
          <div className={phase.errors.file ? 'field field--error' : 'field'} role="group" aria-labelledby={`${ids.file}-label`}>
            <p className="field__label" id={`${ids.file}-label`}>
              Transcript file
            </p>
            {phase.errors.file ? (
              <p className="field__error" id={`${ids.file}-error`}>
                <span className="visually-hidden">Error: </span>
                {phase.errors.file}
              </p>
            ) : null}
            <div className="file-choice">
              {values.file ? (
                <p className="file-choice__name" id={ids.file}>
                  {values.file.name} <span className="muted">({formatBytes(values.file.size)})</span>
                </p>
              ) : (
                <p className="file-choice__name muted" id={ids.file}>
                  No file chosen yet. Drop one on this page, or choose it.
                </p>
              )}
              {chooser}
            </div>
          </div>
          <SelectField
            id={ids.meetingId}
            label="Meeting"
            required
            value={values.meetingId}
            error={phase.errors.meetingId}
            onChange={(meetingId) => setValues({ ...values, meetingId, panelId: defaultPanel(meetingId) })}
            options={[
              { value: '', label: 'Choose the meeting…' },
              ...meetings.map((m) => ({ value: m.id, label: `${longDateOr(m.heldOn, 'No date')} — ${m.title} (${MEETING_KIND_LABELS[m.kind]})` })),
            ]}
          />
          {panels.length > 0 ? (
            <SelectField
              id={ids.panelId}
              label="Panel"
              required
              hint="Formal meetings publish one transcript for each panel."
              value={values.panelId}
              onChange={(panelId) => setValues({ ...values, panelId })}
              options={[...panels.map((p) => ({ value: p.id, label: p.title })), { value: NO_PANEL, label: 'The whole meeting (no panel)' }]}
            />
          ) : null}
          <TextField
            id={ids.title}
            label="Title"
            hint="As footnotes will cite it. Leave it empty to use the title shown."
            width="medium"
            value={values.title}
            onChange={(title) => setValues({ ...values, title })}
            placeholder={defaultTranscriptTitle(overview.committee, panel?.title ?? null)}
          />
          <div className="form-actions">
            <button type="submit" className="button">
              Import transcript
            </button>
            <button type="button" className="button button--secondary" onClick={() => reset(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      {phase.kind === 'running' ? (
        <JobProgress id={prefix} label={progressLabel(phase)} progress={phase.progress} cancelling={phase.cancelling} cancelLabel="Cancel import" onCancel={() => void cancel()}>
          <p className="import-progress__file">
            Importing <strong>{values.file?.name}</strong>
            {meeting ? ` into ${panel ? `${panel.title} of ` : ''}“${meeting.title}”` : ''}.
          </p>
        </JobProgress>
      ) : null}

      {phase.kind === 'failed' ? (
        <div>
          <div className={phase.cancelled ? 'notice' : 'notice notice--error'} role="alert" id={`${prefix}-failed`} tabIndex={-1}>
            <p>
              <strong>{phase.cancelled ? 'The import was cancelled.' : 'The transcript was not imported.'}</strong>
            </p>
            <p>{phase.message}</p>
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => reset(true)}>
              Choose another file
            </button>
            <button type="button" className="button button--secondary" onClick={() => reset(false)}>
              Close
            </button>
          </div>
        </div>
      ) : null}

      {phase.kind === 'done' ? (
        <ImportResult
          id={`${prefix}-result`}
          result={phase.result}
          meeting={meetings.find((m) => m.id === phase.meetingId)}
          summary={transcripts?.find((t) => t.id === phase.result.transcriptId)}
          onAnother={() => reset(false)}
        />
      ) : null}
    </section>
  );
}

function progressLabel(phase: Extract<Phase, { kind: 'running' }>): string {
  if (phase.cancelling) return 'Cancelling the import…';
  if (phase.stage === 'uploading') return 'Sending the file to the workbench…';
  const progress = phase.progress;
  if (!progress) return 'Starting the import…';
  return progress.total !== null ? `${progress.label} ${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')}` : `${progress.label}…`;
}

function ImportResult({
  id,
  result,
  meeting,
  summary,
  onAnother,
}: {
  id: string;
  result: TranscriptImportResult;
  meeting: Meeting | undefined;
  summary: TranscriptSummary | undefined;
  onAnother: () => void;
}) {
  const { overview } = useLoadedInvestigation();
  const linkedTurns = result.turns.filter((turn) => turn.personId !== null).length;
  const toLink = summary?.unmatchedSpeakers ?? result.unmatchedSpeakers.length;
  const names = result.unmatchedSpeakers.map((s) => s.name);
  return (
    <div className="import-result">
      <h3 id={id} tabIndex={-1} className="import-result__title">
        Imported “{result.title}”
      </h3>
      {meeting ? (
        <p>
          From the {meetingKindInProse(meeting.kind)} of {longDateOr(meeting.heldOn, 'an unknown date')}, “{meeting.title}”.
        </p>
      ) : null}
      <dl className="facts facts--columns import-result__facts">
        <div>
          <dt>Pages</dt>
          <dd>{result.pageCount.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Speaker turns</dt>
          <dd>{result.turns.length.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Turns linked to people</dt>
          <dd>{linkedTurns.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Speakers to link</dt>
          <dd>{toLink.toLocaleString('en-GB')}</dd>
        </div>
      </dl>
      {result.warnings.length > 0 ? (
        <div className="notice notice--warning">
          <p>
            <strong>Worth checking</strong>
          </p>
          <ul>
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {names.length > 0 ? (
        <>
          <h4 className="import-result__subtitle">{toLink > 0 ? speakersToLink(toLink) : 'Every speaker is linked'}</h4>
          <p>
            {toLink > 0
              ? 'These speakers are not among the meeting’s guests or the committee’s members. Link each one to a person, so that quotations carry their name and role.'
              : 'Quotations from this transcript will carry each speaker’s name and role.'}
          </p>
          <SpeakersPanel transcriptId={result.transcriptId} only={names} caption={`Speakers to link in “${result.title}”`} />
        </>
      ) : result.turns.length > 0 ? (
        <p>Every speaker was matched to a guest or a member of the committee.</p>
      ) : null}
      <div className="form-actions">
        <a className="button" href={readerHref(overview.investigation.id, result.transcriptId)}>
          Read the transcript
        </a>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          Import another transcript
        </button>
      </div>
    </div>
  );
}
