/** The contract's methods for indicators, observations, CSV import, change statements and charts. */
import { z } from 'zod';
import type { Id } from '../domain/types';
import {
  CHANGE_STYLES,
  CHANGE_TENSES,
  CSV_LAYOUTS,
  DOWN_VERBS,
  METRIC_UNITS,
  PERCENT_CHANGE_FORMS,
  PERIOD_KINDS,
  UP_VERBS,
  type CsvPreview,
  type Figure,
  type Indicator,
  type IndicatorDetail,
  type Observation,
} from '../domain/metrics';
import { id, method, optionalText, returns, text } from './fields';

const groupName = optionalText('Group', 200);

const csvMapping = z
  .object({
    period: text('The period column', 200),
    value: text('The value column', 200),
    group: optionalText('The group column', 200).default(null),
    periodKind: z.enum(PERIOD_KINDS).nullable().default(null),
    layout: z.enum(CSV_LAYOUTS).default('long'),
    filters: z
      .array(z.object({ column: text('The filter column', 200), value: z.string().trim().max(500, 'A filter value is too long (at most 500 characters).') }).strict())
      .max(10, 'At most 10 filters.')
      .default([]),
  })
  .strict();

/** Either an existing indicator, or the name (and unit) of a new one. */
const indicatorTarget = {
  indicatorId: id.optional(),
  indicatorName: text('Indicator name', 300).optional(),
  unit: z.enum(METRIC_UNITS).optional(),
};

export const metricsContract = {
  'indicators.list': method(
    z.object({ investigationId: id.optional() }).strict(),
    returns<Indicator[]>(),
    'The indicators, with how many observations each has and the periods they span.',
  ),
  'indicators.get': method(z.object({ id }).strict(), returns<IndicatorDetail>(), 'One indicator with its observations in period order.'),
  'indicators.create': method(
    z
      .object({
        investigationId: id,
        name: text('Indicator name', 300),
        unit: z.enum(METRIC_UNITS, { error: 'Choose a unit: count, per cent, money or rate.' }),
        definition: optionalText('Definition', 4000).optional(),
        sourceId: id.nullable().optional(),
      })
      .strict(),
    returns<{ id: Id }>(),
    'Adds an indicator.',
  ),
  'indicators.update': method(
    z
      .object({
        id,
        name: text('Indicator name', 300).optional(),
        unit: z.enum(METRIC_UNITS).optional(),
        definition: optionalText('Definition', 4000).optional(),
        sourceId: id.nullable().optional(),
      })
      .strict(),
    returns<Indicator>(),
    'Changes an indicator.',
  ),
  'indicators.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes an indicator and its observations.'),

  'observations.save': method(
    z
      .object({
        indicatorId: id,
        /** Typed as people write it ("2021-22", "Q1 2025/26", "Dec 2024"); stored in canonical form. */
        period: text('Period', 40),
        periodKind: z.enum(PERIOD_KINDS).optional(),
        groupName: groupName.optional(),
        value: z.number({ error: 'The value must be a number.' }).finite('The value must be a number.'),
        sourceId: id.nullable().optional(),
        locator: optionalText('Locator', 100).optional(),
      })
      .strict(),
    returns<Observation>(),
    'Adds an observation, or replaces the value for the same period and group.',
  ),
  'observations.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes an observation.'),

  'metrics.previewCsv': method(
    z.object({ uploadId: id, mapping: csvMapping.optional(), ...indicatorTarget }).strict(),
    returns<CsvPreview>(),
    'Reads an uploaded CSV and shows what would be imported, with every row-level error; stores nothing.',
  ),
  'metrics.importCsv': method(
    z
      .object({ uploadId: id, mapping: csvMapping, investigationId: id.optional(), sourceId: id.nullable().optional(), ...indicatorTarget })
      .strict()
      .refine((v) => v.indicatorId !== undefined || (v.indicatorName !== undefined && v.unit !== undefined && v.investigationId !== undefined), {
        message: 'Choose an indicator, or name a new one with its unit.',
        path: ['indicatorName'],
      }),
    returns<{ indicatorId: Id; imported: number; replaced: number; skipped: number }>(),
    'Imports every row of a CSV into an indicator, in one transaction; refused if any row has an error.',
  ),
  'metrics.statement': method(
    z
      .object({
        indicatorId: id,
        from: text('The first period', 40),
        to: text('The second period', 40),
        groupName: groupName.optional(),
        style: z.enum(CHANGE_STYLES).default('from_to'),
        /** The verbs: "increased"/"decreased" unless chosen ("rose", "reduced", "fell", "declined"). */
        up: z.enum(UP_VERBS).optional(),
        down: z.enum(DOWN_VERBS).optional(),
        tense: z.enum(CHANGE_TENSES).optional(),
        /** Name the periods in the statement; default: yes for from_to, no otherwise. */
        withPeriods: z.boolean().optional(),
        percentChangeForm: z.enum(PERCENT_CHANGE_FORMS).optional(),
        money: z.enum(['long', 'short']).optional(),
      })
      .strict(),
    returns<{ text: string; from: Observation; to: Observation }>(),
    'A change statement in house style between two periods: "increased from 834,567 in 2021/22 to 936,209 in 2023/24".',
  ),

  'figures.list': method(z.object({ investigationId: id }).strict(), returns<Figure[]>(), 'Charts saved as images for the report.'),
  'figures.save': method(
    z
      .object({
        investigationId: id,
        indicatorId: id.nullable().optional(),
        title: text('Figure title', 300),
        chartKind: z.enum(['trend', 'groups']),
        /** A PNG sent with `client.upload`. */
        uploadId: id,
      })
      .strict(),
    returns<Figure>(),
    'Saves a chart, rendered as a PNG image, in the store for the report.',
  ),
  'figures.image': method(
    z.object({ id }).strict(),
    returns<{ mediaType: 'image/png'; base64: string }>(),
    'The saved image of a chart, to show it again.',
  ),
  'figures.delete': method(z.object({ id }).strict(), returns<{ id: Id }>(), 'Deletes a saved chart image.'),
} as const;
