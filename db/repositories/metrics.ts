/** Indicators, their observations, and figures (charts saved as images). */
import type { Figure, Indicator, IndicatorDetail, Observation } from '../../shared/domain/metrics';
import type { MetricUnit, PeriodKind } from '../../shared/domain/types';
import { comparePeriods, periodSortKey } from '../../shared/format/periods';
import type { Db } from '../store';
import { newId, nowIso } from '../ids';
import { freshStamps, updateClause } from './stamps';

/** Whether a source is in the register (indicators and figures may name one). */
export function sourceExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined;
}

// ---- Indicators ------------------------------------------------------------------------------

export interface IndicatorRow {
  id: string;
  investigation_id: string | null;
  name: string;
  unit: MetricUnit;
  definition: string | null;
  source_id: string | null;
  updated_at: string;
}

export function getIndicatorRow(db: Db, id: string): IndicatorRow | undefined {
  return db.prepare('SELECT id, investigation_id, name, unit, definition, source_id, updated_at FROM indicators WHERE id = ?').get(id) as IndicatorRow | undefined;
}

/** The indicator of that name (ignoring case) in the investigation, as the unique index sees it. */
export function findIndicatorByName(db: Db, investigationId: string | null, name: string): IndicatorRow | undefined {
  return db
    .prepare(`SELECT id, investigation_id, name, unit, definition, source_id, updated_at FROM indicators WHERE ifnull(investigation_id, '') = ifnull(?, '') AND lower(name) = lower(?)`)
    .get(investigationId, name) as IndicatorRow | undefined;
}

export interface IndicatorFields {
  investigationId: string | null;
  name: string;
  unit: MetricUnit;
  definition: string | null;
  sourceId: string | null;
}

export function insertIndicator(db: Db, authorId: string, fields: IndicatorFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO indicators (id, investigation_id, name, unit, definition, source_id, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @name, @unit, @definition, @source_id, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, investigation_id: fields.investigationId, name: fields.name, unit: fields.unit, definition: fields.definition, source_id: fields.sourceId });
  return stamps.id;
}

export function updateIndicator(db: Db, id: string, fields: Partial<Omit<IndicatorFields, 'investigationId'>>): void {
  const { sql, params } = updateClause({ name: fields.name, unit: fields.unit, definition: fields.definition, source_id: fields.sourceId });
  db.prepare(`UPDATE indicators SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deleteIndicator(db: Db, id: string): void {
  db.prepare('DELETE FROM indicators WHERE id = ?').run(id);
}

/**
 * Indicators with their observation counts, groups and period span. The span is worked out in
 * code with the one period ordering (shared/format/periods.ts) over distinct periods only, so an
 * indicator with 100,000 figures over 200 months costs 200 comparisons, not 100,000.
 */
export function listIndicators(db: Db, filter: { investigationId?: string; ids?: string[] } = {}): Indicator[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.investigationId !== undefined) {
    where.push('i.investigation_id = ?');
    params.push(filter.investigationId);
  }
  if (filter.ids) {
    where.push(`i.id IN (${filter.ids.map(() => '?').join(', ') || 'NULL'})`);
    params.push(...filter.ids);
  }
  const rows = db
    .prepare(
      `SELECT i.id, i.investigation_id, i.name, i.unit, i.definition, i.source_id, i.updated_at, s.title AS source_title,
              (SELECT count(*) FROM observations o WHERE o.indicator_id = i.id) AS observation_count
         FROM indicators i LEFT JOIN sources s ON s.id = i.source_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY lower(i.name), i.id`,
    )
    .all(...params) as (IndicatorRow & { source_title: string | null; observation_count: number })[];
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const placeholders = ids.map(() => '?').join(', ');
  const periods = new Map<string, string[]>();
  for (const row of db.prepare(`SELECT DISTINCT indicator_id, period FROM observations WHERE indicator_id IN (${placeholders})`).all(...ids) as { indicator_id: string; period: string }[]) {
    const list = periods.get(row.indicator_id) ?? [];
    list.push(row.period);
    periods.set(row.indicator_id, list);
  }
  const groups = new Map<string, string[]>();
  for (const row of db
    .prepare(`SELECT DISTINCT indicator_id, group_name FROM observations WHERE group_name IS NOT NULL AND indicator_id IN (${placeholders}) ORDER BY group_name`)
    .all(...ids) as { indicator_id: string; group_name: string }[]) {
    const list = groups.get(row.indicator_id) ?? [];
    list.push(row.group_name);
    groups.set(row.indicator_id, list);
  }
  return rows.map((row) => {
    const sorted = (periods.get(row.id) ?? []).sort(comparePeriods);
    return {
      id: row.id,
      investigationId: row.investigation_id,
      name: row.name,
      unit: row.unit,
      definition: row.definition,
      sourceId: row.source_id,
      sourceTitle: row.source_title,
      observationCount: row.observation_count,
      groups: groups.get(row.id) ?? [],
      firstPeriod: sorted[0] ?? null,
      lastPeriod: sorted[sorted.length - 1] ?? null,
      updatedAt: row.updated_at,
    };
  });
}

// ---- Observations ----------------------------------------------------------------------------

interface ObservationRow {
  id: string;
  indicator_id: string;
  period_kind: PeriodKind;
  period: string;
  group_name: string | null;
  value: number;
  source_id: string | null;
  locator: string | null;
}

const OBSERVATION_COLUMNS = 'id, indicator_id, period_kind, period, group_name, value, source_id, locator';

function toObservation(row: ObservationRow): Observation {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    periodKind: row.period_kind,
    period: row.period,
    groupName: row.group_name,
    value: row.value,
    sourceId: row.source_id,
    locator: row.locator,
  };
}

/** In period order; within a period the overall figure first, then groups by name. */
export function listObservations(db: Db, indicatorId: string): Observation[] {
  const rows = db.prepare(`SELECT ${OBSERVATION_COLUMNS} FROM observations WHERE indicator_id = ?`).all(indicatorId) as ObservationRow[];
  // Each distinct period's sort key once: an indicator may have 100,000 figures over 200 periods.
  const keys = new Map<string, number>();
  for (const row of rows) if (!keys.has(row.period)) keys.set(row.period, periodSortKey(row.period));
  const collator = new Intl.Collator('en-GB');
  return rows
    .sort((a, b) => keys.get(a.period)! - keys.get(b.period)! || (a.group_name === null ? -1 : 0) - (b.group_name === null ? -1 : 0) || collator.compare(a.group_name ?? '', b.group_name ?? ''))
    .map(toObservation);
}

export function getIndicatorDetail(db: Db, id: string): IndicatorDetail | undefined {
  const [indicator] = listIndicators(db, { ids: [id] });
  return indicator && { ...indicator, observations: listObservations(db, id) };
}

export function getObservation(db: Db, id: string): Observation | undefined {
  const row = db.prepare(`SELECT ${OBSERVATION_COLUMNS} FROM observations WHERE id = ?`).get(id) as ObservationRow | undefined;
  return row && toObservation(row);
}

/** The figure for a period and group (null: the overall figure). */
export function findObservation(db: Db, indicatorId: string, period: string, groupName: string | null): Observation | undefined {
  const row = db
    .prepare(`SELECT ${OBSERVATION_COLUMNS} FROM observations WHERE indicator_id = ? AND period = ? AND ifnull(group_name, '') = ifnull(?, '')`)
    .get(indicatorId, period, groupName) as ObservationRow | undefined;
  return row && toObservation(row);
}

export interface ObservationFields {
  indicatorId: string;
  periodKind: PeriodKind;
  period: string;
  groupName: string | null;
  value: number;
  sourceId: string | null;
  locator: string | null;
}

/**
 * Writes many figures into one indicator with two prepared statements, replacing the value for a
 * period and group that is already there. Returns how many were new and how many replaced. Must
 * run inside a transaction (an import is all or nothing). One import is one moment: every row
 * gets the same stamp, and positional parameters keep 100,000 rows quick.
 */
export function upsertObservations(db: Db, authorId: string, rows: Iterable<Omit<ObservationFields, 'indicatorId'>>, indicatorId: string): { inserted: number; replaced: number } {
  const existing = new Map<string, string>();
  for (const row of db.prepare('SELECT id, period, group_name FROM observations WHERE indicator_id = ?').all(indicatorId) as { id: string; period: string; group_name: string | null }[]) {
    existing.set(observationKey(row.period, row.group_name), row.id);
  }
  const insert = db.prepare(
    `INSERT INTO observations (id, indicator_id, period_kind, period, group_name, value, source_id, locator, author_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare('UPDATE observations SET period_kind = ?, value = ?, source_id = ?, locator = ?, author_id = ?, updated_at = ? WHERE id = ?');
  const now = nowIso();
  let inserted = 0;
  let replaced = 0;
  for (const row of rows) {
    const key = observationKey(row.period, row.groupName);
    const id = existing.get(key);
    if (id) {
      update.run(row.periodKind, row.value, row.sourceId, row.locator, authorId, now, id);
      replaced++;
    } else {
      const newRowId = newId();
      insert.run(newRowId, indicatorId, row.periodKind, row.period, row.groupName, row.value, row.sourceId, row.locator, authorId, now, now);
      existing.set(key, newRowId);
      inserted++;
    }
  }
  return { inserted, replaced };
}

/** Inserts one figure with a chosen id (the sample's are derived from its keys). */
export function insertObservation(db: Db, authorId: string, fields: ObservationFields, id?: string): string {
  const stamps = freshStamps(authorId, id);
  db.prepare(
    `INSERT INTO observations (id, indicator_id, period_kind, period, group_name, value, source_id, locator, author_id, created_at, updated_at)
     VALUES (@id, @indicator_id, @period_kind, @period, @group_name, @value, @source_id, @locator, @author_id, @created_at, @updated_at)`,
  ).run({
    ...stamps,
    indicator_id: fields.indicatorId,
    period_kind: fields.periodKind,
    period: fields.period,
    group_name: fields.groupName,
    value: fields.value,
    source_id: fields.sourceId,
    locator: fields.locator,
  });
  return stamps.id;
}

export function updateObservation(db: Db, id: string, fields: Pick<ObservationFields, 'periodKind' | 'value' | 'sourceId' | 'locator'>): void {
  const { sql, params } = updateClause({ period_kind: fields.periodKind, value: fields.value, source_id: fields.sourceId, locator: fields.locator });
  db.prepare(`UPDATE observations SET ${sql} WHERE id = @id`).run({ ...params, id });
}

export function deleteObservation(db: Db, id: string): void {
  db.prepare('DELETE FROM observations WHERE id = ?').run(id);
}

/** The key the unique index uses: period and group, blank for the overall figure. */
export function observationKey(period: string, groupName: string | null): string {
  return `${period}\u0000${groupName ?? ''}`;
}

/** The period-and-group keys an indicator already has, for a preview to count replacements. */
export function observationKeys(db: Db, indicatorId: string): Set<string> {
  const rows = db.prepare('SELECT period, group_name FROM observations WHERE indicator_id = ?').all(indicatorId) as { period: string; group_name: string | null }[];
  return new Set(rows.map((r) => observationKey(r.period, r.group_name)));
}

// ---- Figures ---------------------------------------------------------------------------------

interface FigureRow {
  id: string;
  investigation_id: string;
  indicator_id: string | null;
  title: string;
  chart_kind: Figure['chartKind'];
  attachment_sha256: string;
  created_at: string;
}

function toFigure(row: FigureRow): Figure {
  return {
    id: row.id,
    investigationId: row.investigation_id,
    indicatorId: row.indicator_id,
    title: row.title,
    chartKind: row.chart_kind,
    attachmentSha256: row.attachment_sha256,
    createdAt: row.created_at,
  };
}

const FIGURE_COLUMNS = 'id, investigation_id, indicator_id, title, chart_kind, attachment_sha256, created_at';

export function insertFigure(db: Db, authorId: string, fields: { investigationId: string; indicatorId: string | null; title: string; chartKind: Figure['chartKind']; attachmentSha256: string }): Figure {
  const stamps = freshStamps(authorId);
  db.prepare(
    `INSERT INTO figures (id, investigation_id, indicator_id, title, chart_kind, attachment_sha256, author_id, created_at, updated_at)
     VALUES (@id, @investigation_id, @indicator_id, @title, @chart_kind, @attachment_sha256, @author_id, @created_at, @updated_at)`,
  ).run({ ...stamps, investigation_id: fields.investigationId, indicator_id: fields.indicatorId, title: fields.title, chart_kind: fields.chartKind, attachment_sha256: fields.attachmentSha256 });
  return getFigure(db, stamps.id)!;
}

export function getFigure(db: Db, id: string): Figure | undefined {
  const row = db.prepare(`SELECT ${FIGURE_COLUMNS} FROM figures WHERE id = ?`).get(id) as FigureRow | undefined;
  return row && toFigure(row);
}

export function listFigures(db: Db, investigationId: string): Figure[] {
  return (db.prepare(`SELECT ${FIGURE_COLUMNS} FROM figures WHERE investigation_id = ? ORDER BY created_at, id`).all(investigationId) as FigureRow[]).map(toFigure);
}

/**
 * Deletes a figure, and its image too when nothing else uses those bytes (the same PNG may be
 * saved as two figures). Other tables may hold the same attachment with ON DELETE RESTRICT; the
 * image is then kept, which a savepoint lets us find out without failing the whole delete.
 */
export function deleteFigure(db: Db, id: string): void {
  const figure = getFigure(db, id);
  if (!figure) return;
  db.prepare('DELETE FROM figures WHERE id = ?').run(id);
  const stillUsed = db.prepare('SELECT 1 FROM figures WHERE attachment_sha256 = ? LIMIT 1').get(figure.attachmentSha256);
  if (stillUsed) return;
  try {
    db.transaction(() => db.prepare('DELETE FROM attachments WHERE sha256 = ?').run(figure.attachmentSha256))();
  } catch (error) {
    if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_FOREIGNKEY') throw error;
  }
}
