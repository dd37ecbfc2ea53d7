/**
 * The CSV actions: preview (read the staged upload against a mapping and report every row-level
 * problem; the upload stays, so the analyst can change the mapping and preview again) and import
 * (every figure in one transaction, or nothing; the upload is consumed only when it succeeds).
 */
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import type { CsvMapping, CsvPreview, CsvRowError } from '../../shared/domain/metrics';
import type { MetricUnit } from '../../shared/domain/types';
import { recordChange } from '../../db/repositories/change-log';
import { getInvestigation } from '../../db/repositories/investigations';
import { findIndicatorByName, getIndicatorRow, insertIndicator, observationKeys, sourceExists, upsertObservations, type IndicatorRow } from '../../db/repositories/metrics';
import type { Db } from '../../db/store';
import type { HandlerContext } from '../api/context';
import { found } from '../handlers/guards';
import { MAX_CSV_BYTES, readCsv, type CsvFigure } from './csv-read';

export interface CsvTarget {
  indicatorId?: string;
  indicatorName?: string;
  unit?: MetricUnit;
}

function readStaged(context: HandlerContext, uploadId: string): { fileName: string; bytes: Uint8Array } {
  const staged = context.uploads.get(uploadId);
  if (staged.size > MAX_CSV_BYTES) {
    throw new ApiError('payload_too_large', `${staged.fileName} is larger than the ${MAX_CSV_BYTES / (1024 * 1024)} MB the workbench reads as a CSV of figures. Filter it to the figures you need first.`);
  }
  return { fileName: staged.fileName, bytes: new Uint8Array(fs.readFileSync(staged.path)) };
}

export function previewCsv(context: HandlerContext, input: CsvTarget & { uploadId: string; mapping?: CsvMapping }): CsvPreview {
  const { db } = context.store;
  const { fileName, bytes } = readStaged(context, input.uploadId);
  const indicator = input.indicatorId ? found(getIndicatorRow(db, input.indicatorId), 'indicator') : undefined;
  const { preview } = readCsv(bytes, {
    fileName,
    mapping: input.mapping ?? null,
    unit: indicator?.unit ?? input.unit ?? null,
    existingKeys: indicator ? observationKeys(db, indicator.id) : undefined,
  });
  return preview;
}

function describeLine(error: CsvRowError): string {
  return `line ${error.line.toLocaleString('en-GB')}${error.column ? ` (${error.column})` : ''}: ${error.message}`;
}

/** The refusal when any row is bad: the first few in the message, the first 100 in `details`. */
function refusal(fileName: string, errors: CsvRowError[], total: number): ApiError {
  const shown = errors.slice(0, 5).map(describeLine);
  const more = total - shown.length;
  const details = Object.fromEntries(errors.map((e) => [`line.${e.line}${e.column ? `.${e.column}` : ''}`, e.message]));
  return new ApiError(
    'invalid_input',
    `Nothing was imported: ${total === 1 ? 'one row' : `${total.toLocaleString('en-GB')} rows`} of ${fileName} ${total === 1 ? 'has a problem' : 'have problems'}. ${shown.join('; ')}${more > 0 ? `; and ${more.toLocaleString('en-GB')} more` : ''}. Correct the file or the column mapping, preview it again, then import.`,
    details,
  );
}

function resolveTarget(db: Db, input: CsvTarget & { investigationId?: string }): { existing: IndicatorRow | null; unit: MetricUnit; name: string; investigationId: string | null } {
  if (input.indicatorId) {
    const indicator = found(getIndicatorRow(db, input.indicatorId), 'indicator');
    return { existing: indicator, unit: indicator.unit, name: indicator.name, investigationId: indicator.investigation_id };
  }
  const investigation = found(getInvestigation(db, input.investigationId!), 'investigation');
  const clash = findIndicatorByName(db, investigation.id, input.indicatorName!);
  if (clash) {
    const message = `There is already an indicator called “${clash.name}” in this investigation. Choose it to add these figures to it, or give the new one another name.`;
    throw new ApiError('conflict', message, { indicatorName: message });
  }
  return { existing: null, unit: input.unit!, name: input.indicatorName!, investigationId: investigation.id };
}

/** The figures as observations citing the import's source, made one at a time rather than all at once. */
function* withSource(figures: CsvFigure[], sourceId: string | null) {
  for (const f of figures) yield { periodKind: f.periodKind, period: f.period, groupName: f.groupName, value: f.value, sourceId, locator: null };
}

export function importCsv(
  context: HandlerContext,
  input: CsvTarget & { uploadId: string; mapping: CsvMapping; investigationId?: string; sourceId?: string | null },
): { indicatorId: string; imported: number; replaced: number; skipped: number } {
  const { store, author } = context;
  const { db } = store;
  const target = resolveTarget(db, input);
  const sourceId = input.sourceId ?? null;
  if (sourceId && !sourceExists(db, sourceId)) throw new ApiError('not_found', 'That source no longer exists. Choose the source again.', { sourceId: 'That source no longer exists.' });
  const { fileName, bytes } = readStaged(context, input.uploadId);
  const { preview, figures } = readCsv(bytes, { fileName, mapping: input.mapping, unit: target.unit, collect: true });
  if (!preview.importable || !figures) {
    if (preview.errors.length === 0) throw new ApiError('invalid_input', `Nothing was imported: ${fileName} has no figures to import with this mapping.`);
    throw refusal(fileName, preview.errors, preview.errors.length + preview.moreErrors);
  }
  const result = store.transaction(() => {
    // Checked again inside the transaction: another window may have made it meanwhile.
    const current = target.existing ? found(getIndicatorRow(db, target.existing.id), 'indicator') : null;
    let indicatorId: string;
    if (current) indicatorId = current.id;
    else {
      if (findIndicatorByName(db, target.investigationId, target.name)) throw new ApiError('conflict', `There is already an indicator called “${target.name}” in this investigation.`);
      indicatorId = insertIndicator(db, author.id, { investigationId: target.investigationId, name: target.name, unit: target.unit, definition: null, sourceId });
    }
    const counts = upsertObservations(db, author.id, withSource(figures, sourceId), indicatorId);
    recordChange(db, {
      authorId: author.id,
      entity: 'indicator',
      entityId: indicatorId,
      action: current ? 'update' : 'create',
      summary: `Imported ${figures.length.toLocaleString('en-GB')} figures into “${target.name}” from ${fileName} (${counts.replaced.toLocaleString('en-GB')} replaced).`,
      investigationId: target.investigationId,
    });
    return { indicatorId, imported: figures.length, replaced: counts.replaced, skipped: preview.skippedRows };
  });
  context.uploads.remove(input.uploadId);
  context.emit('store.changed', { entities: ['indicator', 'observation'], investigationId: target.investigationId });
  return result;
}
