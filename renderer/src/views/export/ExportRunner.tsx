/**
 * "Export to Word": the job, its progress and Cancel, then what it produced. The page chooses the
 * job id, so it can follow `job.progress` events and cancel before the call returns (as the
 * transcript import does).
 */
import { useEffect, useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { EventMap } from '../../../../shared/api/wire';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { JobProgress } from '../../components/JobProgress';
import { count } from '../../format/plural';
import { describeError } from '../../hooks/useSubmit';
import type { ExportDelivery } from './export-delivery';
import { progressText } from './export-format';
import { ExportResultView } from './ExportResultView';
import { addRecentExport, useRecentExports, type RecentExport } from './recent-exports';
import type { MissingStyles, TemplateState } from './TemplateChooser';
import { useJob } from '../../hooks/useJob';

export interface ExportRunnerHandle {
  /** Put focus on "Export to Word" (the desktop menu's File › Export to Word…). */
  focusExport(): void;
}

type Phase =
  | { kind: 'idle'; refusal: string | null }
  | { kind: 'running'; stage: 'uploading' | 'exporting'; progress: EventMap['job.progress'] | null; cancelling: boolean }
  | { kind: 'done'; exportId: string }
  | { kind: 'failed'; message: string; cancelled: boolean };

interface Props {
  investigationId: string;
  /** Problems to put right that the check list still shows. */
  problemCount: number;
  template: TemplateState;
  onMissing: MissingStyles;
  delivery: ExportDelivery;
  onRunningChange: (running: boolean) => void;
  ref?: Ref<ExportRunnerHandle>;
}

export function ExportRunner({ investigationId, problemCount, template, onMissing, delivery, onRunningChange, ref }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const prefix = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle', refusal: null });
  const job = useJob();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusTarget = useRef<string | null>(null);
  const recent = useRecentExports(investigationId);
  const running = phase.kind === 'running';

  useEffect(() => onRunningChange(running), [running, onRunningChange]);

  // After a phase change, move focus to what the clerk needs next, once it is in the page.
  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    const element = document.getElementById(target);
    if (!element) return;
    focusTarget.current = null;
    element.focus();
  });

  useImperativeHandle(ref, () => ({
    focusExport() {
      if (phase.kind === 'running') {
        document.getElementById(`${prefix}-progress`)?.focus();
        return;
      }
      buttonRef.current?.focus();
    },
  }));

  async function start() {
    if (template.kind === 'checking') {
      setPhase({ kind: 'idle', refusal: `Wait a moment: the styles in ${template.file.name} are still being checked.` });
      return;
    }
    if (template.kind === 'failed') {
      setPhase({ kind: 'idle', refusal: `${template.file.name} cannot be used as a template. Choose another template, or use no template.` });
      return;
    }
    const withTemplate = template.kind === 'checked' ? template : null;
    focusTarget.current = `${prefix}-progress`;
    setPhase({ kind: 'running', stage: withTemplate ? 'uploading' : 'exporting', progress: null, cancelling: false });
    try {
      const result = await job.run(
        (progress) => setPhase((current) => (current.kind === 'running' ? { ...current, progress } : current)),
        async ({ id: jobId, stopIfCancelled }) => {
          // The template goes again with each export, so an export never depends on an earlier upload still being staged.
          const templateUploadId = withTemplate ? (await api.upload(withTemplate.file.name, withTemplate.file)).uploadId : undefined;
          stopIfCancelled('Cancelled. Nothing was exported.');
          setPhase((current) => (current.kind === 'running' ? { ...current, stage: 'exporting' } : current));
          return api.call('export.docx', {
            investigationId,
            ...(templateUploadId ? { templateUploadId } : {}),
            onMissingStyles: onMissing,
            jobId,
          });
        },
      );
      const entry: RecentExport = { investigationId, result, templateName: withTemplate?.file.name ?? null, saved: null };
      addRecentExport(entry);
      focusTarget.current = `${prefix}-result`;
      setPhase({ kind: 'done', exportId: result.exportId });
      announce(`Exported ${result.fileName}: ${count(result.footnoteCount, 'footnote')}, ${count(result.recommendationCount, 'recommendation')}.`);
    } catch (error) {
      const cancelled = ApiError.is(error) && error.code === 'cancelled';
      focusTarget.current = `${prefix}-failed`;
      setPhase({ kind: 'failed', message: describeError(error).message, cancelled });
    }
  }

  async function cancel() {
    setPhase((p) => (p.kind === 'running' ? { ...p, cancelling: true } : p));
    await job.cancel();
  }

  const warningId = `${prefix}-warning`;
  const refusalId = `${prefix}-refusal`;
  const done = phase.kind === 'done' ? recent.find((entry) => entry.result.exportId === phase.exportId) : undefined;
  const describedBy = [problemCount > 0 ? warningId : null, phase.kind === 'idle' && phase.refusal ? refusalId : null].filter(Boolean).join(' ');

  return (
    <div className="export-runner">
      {problemCount > 0 && !running ? (
        <div className="notice notice--warning" id={warningId}>
          <p>
            <strong>The check list has {count(problemCount, 'problem')} to put right.</strong> You can still export: the document is written
            as the report stands, with {problemCount === 1 ? 'that problem' : 'those problems'} in it.
          </p>
        </div>
      ) : null}

      {!running ? (
        <div className="form-actions">
          <button
            ref={buttonRef}
            type="button"
            className="button"
            aria-describedby={describedBy || undefined}
            onClick={() => void start()}
          >
            {problemCount > 0 ? 'Export to Word anyway' : 'Export to Word'}
          </button>
        </div>
      ) : null}

      {phase.kind === 'idle' && phase.refusal ? (
        <p className="notice notice--error" role="alert" id={refusalId}>
          {phase.refusal}
        </p>
      ) : null}

      {phase.kind === 'running' ? (
        <JobProgress id={prefix} label={progressText(phase.stage, phase.progress, phase.cancelling)} progress={phase.progress} cancelling={phase.cancelling} cancelLabel="Cancel export" onCancel={() => void cancel()} />
      ) : null}

      {phase.kind === 'failed' ? (
        <div className={phase.cancelled ? 'notice' : 'notice notice--error'} role="alert" id={`${prefix}-failed`} tabIndex={-1}>
          <p>
            <strong>{phase.cancelled ? 'The export was cancelled.' : 'The report was not exported.'}</strong>
          </p>
          <p>{phase.message}</p>
        </div>
      ) : null}

      {done ? <ExportResultView id={`${prefix}-result`} entry={done} delivery={delivery} /> : null}
    </div>
  );
}
