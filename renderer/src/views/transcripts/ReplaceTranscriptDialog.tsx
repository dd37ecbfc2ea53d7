/**
 * "Replace with corrected version…": the clerk chooses the corrected file (PDF, Word or text); it
 * is uploaded, then read by a job whose id the page chooses, so progress can be followed and the
 * job cancelled. The transcript keeps its identity (citations and quotes keep pointing at it);
 * every quote is found again by its words. The report then says how many quotes are in place,
 * which moved (from page → to page), and lists every lost quote with its words, to find again
 * (the reader opens near its old page) or delete.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../../../shared/api/errors';
import type { EventMap } from '../../../../shared/api/wire';
import type { Quote, ReanchorReport } from '../../../../shared/domain/evidence';
import type { Id } from '../../../../shared/domain/types';
import { useApi } from '../../api/WorkbenchContext';
import { useAnnounce } from '../../components/Announcer';
import { JobProgress } from '../../components/JobProgress';
import { Modal } from '../../components/Modal';
import { count } from '../../format/plural';
import { IMPORT_ACCEPT, formatBytes } from '../../format/transcripts';
import { describeError } from '../../hooks/useSubmit';
import { excerpt, speakerOf } from '../quotes/quote-segments';
import { useJob } from '../../hooks/useJob';


type Phase =
  | { kind: 'choose' }
  | { kind: 'confirm'; file: File }
  | { kind: 'running'; file: File; stage: 'uploading' | 'reading'; progress: EventMap['job.progress'] | null; cancelling: boolean }
  | { kind: 'done'; file: File; report: ReanchorReport; quotes: Map<Id, Quote> }
  | { kind: 'failed'; message: string; cancelled: boolean };

export interface ShowQuoteRequest {
  quoteId: Id;
  page: number;
  /** Where its words are now; none for a lost quote. */
  offset?: number;
  lost: boolean;
}

interface Props {
  transcript: { id: Id; title: string; pageCount: number; originalFileName: string | null };
  onClose: () => void;
  /** Show a quote of the report in the reader (the dialog closes first). */
  onShow: (request: ShowQuoteRequest) => void;
}

export function ReplaceTranscriptDialog({ transcript, onClose, onShow }: Props) {
  const api = useApi();
  const announce = useAnnounce();
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const inputRef = useRef<HTMLInputElement>(null);
  const job = useJob();
  const focusNext = useRef<string | null>(`${id}-choose`);

  // After each phase change, focus what the clerk needs next (once it is in the page).
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    const element = document.getElementById(target);
    if (!element) return;
    focusNext.current = null;
    element.focus();
  });

  function choose(file: File | undefined) {
    if (!file) return;
    focusNext.current = `${id}-replace`;
    setPhase({ kind: 'confirm', file });
  }

  async function replace(file: File) {
    focusNext.current = `${id}-progress`;
    setPhase({ kind: 'running', file, stage: 'uploading', progress: null, cancelling: false });
    try {
      const report = await job.run(
        (progress) => setPhase((current) => (current.kind === 'running' ? { ...current, progress } : current)),
        async ({ id: jobId, stopIfCancelled }) => {
          const uploaded = await api.upload(file.name, file);
          stopIfCancelled('Cancelled. Nothing was changed.');
          setPhase((current) => (current.kind === 'running' ? { ...current, stage: 'reading' } : current));
          return api.call('transcripts.reimport', { transcriptId: transcript.id, uploadId: uploaded.uploadId, jobId });
        },
      );
      let quotes = new Map<Id, Quote>();
      try {
        quotes = new Map((await api.call('quotes.list', { transcriptId: transcript.id })).map((q) => [q.id, q]));
      } catch {
        // The report still stands without the quotes' speakers; their words are in it.
      }
      focusNext.current = `${id}-report`;
      setPhase({ kind: 'done', file, report, quotes });
      announce(`Replaced with ${file.name}: ${summary(report)}.`);
    } catch (error) {
      const cancelled = ApiError.is(error) && error.code === 'cancelled';
      focusNext.current = `${id}-failed`;
      setPhase({ kind: 'failed', message: describeError(error).message, cancelled });
    }
  }

  async function cancel() {
    setPhase((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    await job.cancel();
  }

  const running = phase.kind === 'running';
  const close = () => {
    if (running) return; // Cancel first: closing would leave the job running unseen.
    onClose();
  };

  return (
    <Modal title={`Replace “${transcript.title}” with a corrected version`} onClose={close} wide>
      <input
        ref={inputRef}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="corrected-file-input"
        onChange={(event) => {
          choose(event.target.files?.[0]);
          event.target.value = '';
        }}
      />

      {phase.kind === 'choose' || phase.kind === 'confirm' ? (
        <>
          <p>
            The corrected transcript replaces this version’s pages and speaker turns ({count(transcript.pageCount, 'page')}
            {transcript.originalFileName ? `, from ${transcript.originalFileName}` : ''}). It stays the same transcript, so footnotes
            and quotes keep pointing at it. Every quote is found again by its words; a quote whose words are gone is kept, marked lost,
            for you to find again or delete.
          </p>
          {phase.kind === 'confirm' ? (
            <p className="replace__file">
              Corrected version: <strong>{phase.file.name}</strong> <span className="muted">({formatBytes(phase.file.size)})</span>
            </p>
          ) : null}
          <div className="form-actions">
            {phase.kind === 'confirm' ? (
              <button id={`${id}-replace`} type="button" className="button" onClick={() => void replace(phase.file)}>
                Replace transcript
              </button>
            ) : null}
            <button
              id={`${id}-choose`}
              type="button"
              className={phase.kind === 'confirm' ? 'button button--secondary' : 'button'}
              onClick={() => inputRef.current?.click()}
            >
              {phase.kind === 'confirm' ? 'Choose a different file…' : 'Choose the corrected file…'}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      ) : null}

      {phase.kind === 'running' ? (
        <JobProgress id={id} label={progressLabel(phase)} progress={phase.progress} cancelling={phase.cancelling} cancelLabel="Cancel" onCancel={() => void cancel()}>
          <p className="import-progress__file">
            Replacing with <strong>{phase.file.name}</strong>.
          </p>
        </JobProgress>
      ) : null}

      {phase.kind === 'failed' ? (
        <>
          <div className={phase.cancelled ? 'notice' : 'notice notice--error'} role="alert" id={`${id}-failed`} tabIndex={-1}>
            <p>
              <strong>{phase.cancelled ? 'The replacement was cancelled.' : 'The transcript was not replaced.'}</strong>
            </p>
            <p>{phase.message}</p>
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setPhase({ kind: 'choose' })}>
              Choose another file
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : null}

      {phase.kind === 'done' ? (
        <ReanchorReportView
          headingId={`${id}-report`}
          fileName={phase.file.name}
          report={phase.report}
          quotes={phase.quotes}
          onShow={(request) => {
            onClose();
            onShow(request);
          }}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}

function progressLabel(phase: Extract<Phase, { kind: 'running' }>): string {
  if (phase.cancelling) return 'Cancelling…';
  if (phase.stage === 'uploading') return 'Sending the file to the workbench…';
  const progress = phase.progress;
  if (!progress) return 'Starting…';
  return progress.total !== null ? `${progress.label} ${progress.done.toLocaleString('en-GB')} of ${progress.total.toLocaleString('en-GB')}` : `${progress.label}…`;
}

function summary(report: ReanchorReport): string {
  const total = report.exact + report.moved.length + report.lost.length;
  return `${count(total, 'quote')}: ${report.exact.toLocaleString('en-GB')} in place, ${report.moved.length.toLocaleString('en-GB')} moved, ${report.lost.length.toLocaleString('en-GB')} lost`;
}

export function ReanchorReportView({
  headingId,
  fileName,
  report,
  quotes,
  onShow,
  onDone,
}: {
  headingId: string;
  fileName: string;
  report: ReanchorReport;
  quotes: Map<Id, Quote>;
  onShow: (request: ShowQuoteRequest) => void;
  onDone: () => void;
}) {
  const api = useApi();
  const announce = useAnnounce();
  const [deleted, setDeleted] = useState<Set<Id>>(new Set());
  const [errors, setErrors] = useState<Map<Id, string>>(new Map());

  async function remove(quoteId: Id) {
    try {
      await api.call('quotes.delete', { id: quoteId });
      setDeleted((previous) => new Set(previous).add(quoteId));
      setErrors((previous) => {
        const next = new Map(previous);
        next.delete(quoteId);
        return next;
      });
      announce('Lost quote deleted. Undo brings it back.');
    } catch (error) {
      setErrors((previous) => new Map(previous).set(quoteId, describeError(error).message));
    }
  }

  return (
    <div className="reanchor">
      <h3 id={headingId} tabIndex={-1} className="reanchor__title">
        Replaced with {fileName}
      </h3>
      <p className="reanchor__summary">{summary(report)}.</p>
      <dl className="reanchor__figures">
        <div>
          <dt>In place</dt>
          <dd>{report.exact.toLocaleString('en-GB')}</dd>
        </div>
        <div>
          <dt>Moved</dt>
          <dd>{report.moved.length.toLocaleString('en-GB')}</dd>
        </div>
        <div className={report.lost.length > 0 ? 'reanchor__figure--lost' : undefined}>
          <dt>Lost</dt>
          <dd>{report.lost.length.toLocaleString('en-GB')}</dd>
        </div>
      </dl>

      {report.moved.length > 0 ? (
        <section aria-labelledby={`${headingId}-moved`}>
          <h4 id={`${headingId}-moved`} className="reanchor__subtitle">
            Moved
          </h4>
          <p>Found again by their words, in a different place. Their page citations may need updating.</p>
          <ul className="reanchor__list">
            {report.moved.map((move) => {
              const quote = quotes.get(move.quoteId);
              return (
                <li key={move.quoteId} className="reanchor__item">
                  <p className="reanchor__words">“{excerpt(quote?.text ?? '', 160)}”</p>
                  <p className="reanchor__where">
                    {quote && speakerOf(quote) ? `${speakerOf(quote)} · ` : ''}
                    {move.fromPage === move.toPage ? `page ${move.toPage} (same page, moved within it)` : `from page ${move.fromPage} to page ${move.toPage}`}
                  </p>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => onShow({ quoteId: move.quoteId, page: move.toPage, ...(quote ? { offset: quote.startOffset } : {}), lost: false })}
                  >
                    Show it<span className="visually-hidden"> on page {move.toPage}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {report.lost.length > 0 ? (
        <section aria-labelledby={`${headingId}-lost`}>
          <h4 id={`${headingId}-lost`} className="reanchor__subtitle">
            Lost ({report.lost.length.toLocaleString('en-GB')})
          </h4>
          <p>
            The words of {report.lost.length === 1 ? 'this quote are' : 'these quotes are'} not in the corrected version. Find each one
            again (the reader opens near its old page: select the words it should cover, then “Use the selected words”), or delete it.
          </p>
          <ul className="reanchor__list">
            {report.lost.map((lost) => {
              const quote = quotes.get(lost.quoteId);
              const gone = deleted.has(lost.quoteId);
              return (
                <li key={lost.quoteId} className={gone ? 'reanchor__item reanchor__item--deleted' : 'reanchor__item'}>
                  <blockquote className="reanchor__words">“{lost.text}”</blockquote>
                  <p className="reanchor__where">
                    {quote && speakerOf(quote) ? `${speakerOf(quote)} · ` : ''}was on page {lost.page}
                  </p>
                  {errors.get(lost.quoteId) ? (
                    <p className="field__error" role="alert">
                      {errors.get(lost.quoteId)}
                    </p>
                  ) : null}
                  {gone ? (
                    <p className="reanchor__deleted">Deleted.</p>
                  ) : (
                    <div className="row-actions">
                      <button type="button" className="button button--small" onClick={() => onShow({ quoteId: lost.quoteId, page: lost.page, lost: true })}>
                        Find it again<span className="visually-hidden"> near page {lost.page}</span>
                      </button>
                      <button type="button" className="button button--small button--quiet-danger" onClick={() => void remove(lost.quoteId)}>
                        Delete quote<span className="visually-hidden">: “{excerpt(lost.text, 40)}”</span>
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p>No quote was lost: every one was found again by its words.</p>
      )}

      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
