/** Metrics: indicators, observations, CSV import, change statements, and charts saved as figures. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { ApiError } from '../../shared/api/errors';
import type { Indicator, Observation } from '../../shared/domain/metrics';
import { ChangeStatementError, changeStatement } from '../../shared/format/change-statements';
import { formatValue } from '../../shared/format/numbers';
import { formatPeriod, parsePeriod } from '../../shared/format/periods';
import { recordChange } from '../../db/repositories/change-log';
import { getInvestigation } from '../../db/repositories/investigations';
import {
  deleteFigure,
  deleteIndicator,
  deleteObservation,
  findIndicatorByName,
  findObservation,
  getFigure,
  getIndicatorDetail,
  getIndicatorRow,
  getObservation,
  insertFigure,
  insertIndicator,
  insertObservation,
  listFigures,
  listIndicators,
  listObservations,
  sourceExists,
  updateIndicator,
  updateObservation,
  type IndicatorRow,
} from '../../db/repositories/metrics';
import { getAttachment, insertAttachment } from '../../db/repositories/transcripts';
import type { Db } from '../../db/store';
import type { HandlerGroup } from '../api/registry';
import { importCsv, previewCsv } from '../metrics/csv-import';
import { checkPng, figureTooLarge, MAX_FIGURE_BYTES } from '../metrics/png';
import { found } from './guards';

function indicatorById(db: Db, id: string): Indicator {
  return found(listIndicators(db, { ids: [id] })[0], 'indicator');
}

/** Groups as a CSV import stores them: inner runs of spaces made one, so both find the same figure. */
function tidyGroup(name: string | null | undefined): string | null {
  return name ? name.replace(/\s+/g, ' ') : null;
}

function checkSource(db: Db, sourceId: string | null | undefined): void {
  if (sourceId && !sourceExists(db, sourceId)) {
    throw new ApiError('not_found', 'That source no longer exists. Choose the source again.', { sourceId: 'That source no longer exists.' });
  }
}

function checkNameFree(db: Db, investigationId: string | null, name: string, exceptId?: string): void {
  const clash = findIndicatorByName(db, investigationId, name);
  if (clash && clash.id !== exceptId) {
    const message = `There is already an indicator called “${clash.name}” in this investigation.`;
    throw new ApiError('conflict', message, { name: message });
  }
}

function readPeriod(text: string, kind: Observation['periodKind'] | undefined, field: string) {
  const parsed = parsePeriod(text, kind);
  if (!parsed.ok) throw new ApiError('invalid_input', parsed.message, { [field]: parsed.message });
  return parsed;
}

/**
 * The figure an analyst means by a period they typed. "2011-12" is read as December 2011 unless
 * the indicator has no such month but has the financial year 2011/12.
 */
function observationFor(db: Db, indicator: IndicatorRow, text: string, groupName: string | null, field: string): Observation {
  const parsed = readPeriod(text, undefined, field);
  let observation = findObservation(db, indicator.id, parsed.period, groupName);
  if (!observation && parsed.ambiguousWith) {
    const other = parsePeriod(text, parsed.ambiguousWith);
    if (other.ok) observation = findObservation(db, indicator.id, other.period, groupName);
  }
  if (observation) return observation;
  const periods = [...new Set(listObservations(db, indicator.id).filter((o) => o.groupName === groupName).map((o) => formatPeriod(o.period)))];
  const has = periods.length === 0 ? 'It has none.' : `It has figures for ${periods.slice(0, 12).join(', ')}${periods.length > 12 ? ` and ${periods.length - 12} more periods` : ''}.`;
  const message = `“${indicator.name}” has no figure for ${formatPeriod(parsed.period)}${groupName ? ` for ${groupName}` : ''}. ${has}`;
  throw new ApiError('not_found', message, { [field]: message });
}

export const metricHandlers: HandlerGroup = {
  'indicators.list': (input, { store }) => {
    if (input.investigationId) found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listIndicators(store.db, { investigationId: input.investigationId });
  },

  'indicators.get': (input, { store }) => found(getIndicatorDetail(store.db, input.id), 'indicator'),

  'indicators.create': (input, { store, author, emit }) => {
    const id = store.transaction(() => {
      const { db } = store;
      found(getInvestigation(db, input.investigationId), 'investigation');
      checkNameFree(db, input.investigationId, input.name);
      checkSource(db, input.sourceId);
      const created = insertIndicator(db, author.id, { investigationId: input.investigationId, name: input.name, unit: input.unit, definition: input.definition ?? null, sourceId: input.sourceId ?? null });
      recordChange(db, { authorId: author.id, entity: 'indicator', entityId: created, action: 'create', summary: `Added the indicator “${input.name}”.`, investigationId: input.investigationId });
      return created;
    });
    emit('store.changed', { entities: ['indicator'], investigationId: input.investigationId });
    return { id };
  },

  'indicators.update': (input, { store, author, emit }) => {
    const indicator = store.transaction(() => {
      const { db } = store;
      const row = found(getIndicatorRow(db, input.id), 'indicator');
      if (input.name !== undefined) checkNameFree(db, row.investigation_id, input.name, row.id);
      checkSource(db, input.sourceId);
      updateIndicator(db, row.id, { name: input.name, unit: input.unit, definition: input.definition, sourceId: input.sourceId });
      const name = input.name ?? row.name;
      recordChange(db, { authorId: author.id, entity: 'indicator', entityId: row.id, action: 'update', summary: `Edited the indicator “${name}”.`, investigationId: row.investigation_id });
      return indicatorById(db, row.id);
    });
    emit('store.changed', { entities: ['indicator'], investigationId: indicator.investigationId });
    return indicator;
  },

  'indicators.delete': (input, { store, author, emit }) => {
    const investigationId = store.transaction(() => {
      const { db } = store;
      const indicator = indicatorById(db, input.id);
      deleteIndicator(db, indicator.id);
      const figures = indicator.observationCount === 1 ? 'its one figure' : `its ${indicator.observationCount.toLocaleString('en-GB')} figures`;
      recordChange(db, { authorId: author.id, entity: 'indicator', entityId: indicator.id, action: 'delete', summary: `Deleted the indicator “${indicator.name}” and ${figures}.`, investigationId: indicator.investigationId });
      return indicator.investigationId;
    });
    emit('store.changed', { entities: ['indicator', 'observation', 'figure'], investigationId });
    return { id: input.id };
  },

  'observations.save': (input, { store, author, emit }) => {
    const { observation, investigationId } = store.transaction(() => {
      const { db } = store;
      const indicator = found(getIndicatorRow(db, input.indicatorId), 'indicator');
      const parsed = readPeriod(input.period, input.periodKind, 'period');
      checkSource(db, input.sourceId);
      const groupName = tidyGroup(input.groupName);
      const existing = findObservation(db, indicator.id, parsed.period, groupName);
      let id: string;
      if (existing) {
        updateObservation(db, existing.id, {
          periodKind: parsed.kind,
          value: input.value,
          sourceId: input.sourceId === undefined ? existing.sourceId : input.sourceId,
          locator: input.locator === undefined ? existing.locator : input.locator,
        });
        id = existing.id;
      } else {
        id = insertObservation(db, author.id, { indicatorId: indicator.id, periodKind: parsed.kind, period: parsed.period, groupName, value: input.value, sourceId: input.sourceId ?? null, locator: input.locator ?? null });
      }
      recordChange(db, {
        authorId: author.id,
        entity: 'observation',
        entityId: id,
        action: existing ? 'update' : 'create',
        summary: `${existing ? 'Changed' : 'Added'} “${indicator.name}” for ${formatPeriod(parsed.period)}${groupName ? ` (${groupName})` : ''}: ${formatValue(input.value, indicator.unit)}.`,
        investigationId: indicator.investigation_id,
      });
      return { observation: getObservation(db, id)!, investigationId: indicator.investigation_id };
    });
    emit('store.changed', { entities: ['observation'], investigationId });
    return observation;
  },

  'observations.delete': (input, { store, author, emit }) => {
    const investigationId = store.transaction(() => {
      const { db } = store;
      const observation = found(getObservation(db, input.id), 'figure');
      const indicator = found(getIndicatorRow(db, observation.indicatorId), 'indicator');
      deleteObservation(db, observation.id);
      recordChange(db, {
        authorId: author.id,
        entity: 'observation',
        entityId: observation.id,
        action: 'delete',
        summary: `Deleted “${indicator.name}” for ${formatPeriod(observation.period)}${observation.groupName ? ` (${observation.groupName})` : ''}.`,
        investigationId: indicator.investigation_id,
      });
      return indicator.investigation_id;
    });
    emit('store.changed', { entities: ['observation'], investigationId });
    return { id: input.id };
  },

  'metrics.previewCsv': (input, context) => previewCsv(context, input),

  'metrics.importCsv': (input, context) => importCsv(context, input),

  'metrics.statement': (input, { store }) => {
    const { db } = store;
    const indicator = found(getIndicatorRow(db, input.indicatorId), 'indicator');
    const groupName = tidyGroup(input.groupName);
    const from = observationFor(db, indicator, input.from, groupName, 'from');
    const to = observationFor(db, indicator, input.to, groupName, 'to');
    try {
      const text = changeStatement({
        unit: indicator.unit,
        from: { period: from.period, value: from.value },
        to: { period: to.period, value: to.value },
        style: input.style,
        wording: { up: input.up, down: input.down, tense: input.tense },
        withPeriods: input.withPeriods,
        percentChangeForm: input.percentChangeForm,
        money: input.money,
      });
      return { text, from, to };
    } catch (error) {
      if (error instanceof ChangeStatementError) throw new ApiError('invalid_input', error.message, { style: error.message });
      throw error;
    }
  },

  'figures.list': (input, { store }) => {
    found(getInvestigation(store.db, input.investigationId), 'investigation');
    return listFigures(store.db, input.investigationId);
  },

  'figures.save': (input, { store, author, uploads, emit }) => {
    const staged = uploads.get(input.uploadId);
    if (staged.size > MAX_FIGURE_BYTES) throw figureTooLarge(staged.fileName, staged.size);
    const bytes = new Uint8Array(fs.readFileSync(staged.path));
    checkPng(bytes, staged.fileName);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const figure = store.transaction(() => {
      const { db } = store;
      found(getInvestigation(db, input.investigationId), 'investigation');
      const indicatorId = input.indicatorId ?? null;
      if (indicatorId) {
        const indicator = found(getIndicatorRow(db, indicatorId), 'indicator');
        if (indicator.investigation_id !== input.investigationId) throw new ApiError('invalid_input', 'That indicator belongs to another investigation.', { indicatorId: 'That indicator belongs to another investigation.' });
      }
      insertAttachment(db, { sha256, fileName: staged.fileName, mediaType: 'image/png', data: bytes });
      const saved = insertFigure(db, author.id, { investigationId: input.investigationId, indicatorId, title: input.title, chartKind: input.chartKind, attachmentSha256: sha256 });
      recordChange(db, { authorId: author.id, entity: 'figure', entityId: saved.id, action: 'create', summary: `Saved the chart “${input.title}” as a figure.`, investigationId: input.investigationId });
      return saved;
    });
    uploads.remove(input.uploadId);
    emit('store.changed', { entities: ['figure'], investigationId: input.investigationId });
    return figure;
  },

  'figures.image': (input, { store }) => {
    const figure = found(getFigure(store.db, input.id), 'figure');
    const image = found(getAttachment(store.db, figure.attachmentSha256), 'figure image');
    return { mediaType: 'image/png' as const, base64: image.data.toString('base64') };
  },

  'figures.delete': (input, { store, author, emit }) => {
    const investigationId = store.transaction(() => {
      const { db } = store;
      const figure = found(getFigure(db, input.id), 'figure');
      deleteFigure(db, figure.id);
      recordChange(db, { authorId: author.id, entity: 'figure', entityId: figure.id, action: 'delete', summary: `Deleted the figure “${figure.title}”.`, investigationId: figure.investigationId });
      return figure.investigationId;
    });
    emit('store.changed', { entities: ['figure'], investigationId });
    return { id: input.id };
  },
};
