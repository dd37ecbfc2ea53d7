/**
 * `scrutiny metrics` (the indicators, with unit, number of figures and the periods they span) and
 * `scrutiny metrics import CSV --indicator NAME` (a CSV of figures, through the same preview and
 * import calls as the UI: if any row is bad, every problem is printed and nothing is imported).
 */
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { CSV_LAYOUTS, METRIC_UNITS, PERIOD_KINDS, type CsvFilter, type CsvLayout, type CsvMapping, type CsvPreview, type Indicator, type MetricUnit, type PeriodKind } from '../../shared/domain/metrics';
import { formatPeriod } from '../../shared/format/periods';
import type { ApiClient } from '../../shared/api/client';
import type { Backend } from '../index';
import type { WithBackend } from './store-option';
import { UserError, printJson, printLines } from './output';


const UNIT_LABELS: Record<MetricUnit, string> = { count: 'count', percent: 'per cent', money: 'money', rate: 'rate' };

function oneOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) throw new InvalidArgumentError(`${what} must be one of: ${allowed.join(', ')}.`);
    return value as T;
  };
}

/** `--where "Offence Group=Robbery"`, repeatable. */
function collectFilter(value: string, previous: CsvFilter[]): CsvFilter[] {
  const at = value.indexOf('=');
  if (at <= 0) throw new InvalidArgumentError('Write a filter as COLUMN=VALUE, for example "Offence Group=Robbery".');
  return [...previous, { column: value.slice(0, at).trim(), value: value.slice(at + 1).trim() }];
}

function span(indicator: Indicator): string {
  if (!indicator.firstPeriod || !indicator.lastPeriod) return 'no figures yet';
  const first = formatPeriod(indicator.firstPeriod);
  const last = formatPeriod(indicator.lastPeriod);
  return first === last ? first : `${first} to ${last}`;
}

interface ImportOptions {
  indicator: string;
  unit?: MetricUnit;
  investigation?: string;
  periodColumn?: string;
  valueColumn?: string;
  groupColumn?: string;
  periodKind?: PeriodKind;
  layout?: CsvLayout;
  where: CsvFilter[];
  json?: boolean;
}

/** The indicator named on the command line, or what is needed to create it. */
async function findTarget(client: ApiClient, options: ImportOptions): Promise<{ indicatorId: string } | { indicatorName: string; unit: MetricUnit; investigationId: string }> {
  const indicators = await client.call('indicators.list', options.investigation ? { investigationId: options.investigation } : {});
  const wanted = options.indicator.trim().toLowerCase();
  const matches = indicators.filter((i) => i.name.toLowerCase() === wanted);
  if (matches.length > 1) throw new UserError(`More than one investigation has an indicator called “${options.indicator}”. Say which with --investigation.`);
  const [existing] = matches;
  if (existing) {
    if (options.unit && options.unit !== existing.unit) {
      throw new UserError(`“${existing.name}” is measured in ${UNIT_LABELS[existing.unit]}, not ${UNIT_LABELS[options.unit]}. Leave out --unit, or import into another indicator.`);
    }
    return { indicatorId: existing.id };
  }
  if (!options.unit || !options.investigation) {
    throw new UserError(`There is no indicator called “${options.indicator}”${options.investigation ? ' in that investigation' : ''}. To create it, give its --unit (${METRIC_UNITS.join(', ')}) and --investigation.`);
  }
  return { indicatorName: options.indicator.trim(), unit: options.unit, investigationId: options.investigation };
}

/** The mapping: the columns given on the command line, the suggestion for the rest. */
function mappingFrom(preview: CsvPreview, options: ImportOptions): CsvMapping {
  const suggested = preview.suggestedMapping;
  const period = options.periodColumn ?? suggested?.period;
  const value = options.valueColumn ?? suggested?.value;
  if (!period || !value) {
    throw new UserError(
      `The workbench cannot tell which column holds the ${!period ? 'periods' : 'figures'}. Give --period-column and --value-column. The columns are: ${preview.columns.map((c) => `“${c}”`).join(', ')}.`,
    );
  }
  const chosen = Boolean(options.periodColumn || options.valueColumn);
  return {
    period,
    value,
    group: options.groupColumn ?? (chosen ? null : (suggested?.group ?? null)),
    periodKind: options.periodKind ?? (chosen ? null : (suggested?.periodKind ?? null)),
    layout: options.layout ?? (chosen ? 'long' : (suggested?.layout ?? 'long')),
    filters: options.where,
  };
}

function describeMapping(mapping: CsvMapping): string {
  const parts = [
    mapping.layout === 'wide' ? `periods in the columns “${mapping.period}” to “${mapping.value}”` : `period “${mapping.period}”, value “${mapping.value}”`,
    mapping.group ? `group “${mapping.group}”` : null,
    ...(mapping.filters ?? []).map((f) => `only “${f.column}” = “${f.value}”`),
  ];
  return parts.filter(Boolean).join(', ');
}

export function registerMetricsCommands(program: Command, withBackend: WithBackend): void {
  const metrics = program
    .command('metrics')
    .description('list the indicators (unit, number of figures, the periods they span); “metrics import” reads a CSV of figures')
    .option('--investigation <id>', 'only this investigation')
    .option('--json', 'print JSON')
    .action(async (options: { investigation?: string; json?: boolean }) => {
      await withBackend(program, async ({ client }) => {
        const indicators = await client.call('indicators.list', options.investigation ? { investigationId: options.investigation } : {});
        if (options.json) {
          printJson(
            indicators.map((i) => ({
              id: i.id,
              investigationId: i.investigationId,
              name: i.name,
              unit: i.unit,
              definition: i.definition,
              source: i.sourceTitle,
              observationCount: i.observationCount,
              groups: i.groups,
              firstPeriod: i.firstPeriod,
              lastPeriod: i.lastPeriod,
            })),
          );
          return;
        }
        if (indicators.length === 0) {
          printLines(['No indicators yet. Import figures with “scrutiny metrics import FILE.csv --indicator NAME”.']);
          return;
        }
        for (const i of indicators) {
          printLines([
            `${i.name} (${UNIT_LABELS[i.unit]}): ${i.observationCount.toLocaleString('en-GB')} ${i.observationCount === 1 ? 'figure' : 'figures'}, ${span(i)}${i.groups.length ? `; groups: ${i.groups.join(', ')}` : ''}`,
            `  id ${i.id}${i.sourceTitle ? ` · source: ${i.sourceTitle}` : ''}`,
          ]);
        }
      });
    });

  metrics
    .command('import <csv>')
    .description('import a CSV of figures into an indicator (created if new): all rows or none')
    .requiredOption('--indicator <name>', 'the indicator, by name')
    .option('--unit <unit>', `the unit of a new indicator: ${METRIC_UNITS.join(', ')}`, oneOf(METRIC_UNITS, 'The unit'))
    .option('--investigation <id>', 'the investigation (needed for a new indicator)')
    .option('--period-column <name>', 'the column of periods (default: suggested from the headers)')
    .option('--value-column <name>', 'the column of figures (default: suggested from the headers)')
    .option('--group-column <name>', 'the column naming groups ("Black Londoners", a borough)')
    .option('--period-kind <kind>', `when the periods are ambiguous: ${PERIOD_KINDS.join(', ')}`, oneOf(PERIOD_KINDS, 'The period kind'))
    .option('--layout <layout>', `long (a period column) or wide (a column per period; --period-column and --value-column name the first and last)`, oneOf(CSV_LAYOUTS, 'The layout'))
    .option('--where <column=value>', 'only rows where the column has this value (repeatable)', collectFilter, [])
    .option('--json', 'print JSON')
    .action(async (file: string, _options: ImportOptions, command: Command) => {
      // --investigation and --json are options of `metrics` too; commander gives them to the
      // parent wherever they are written, so read both levels.
      const options = command.optsWithGlobals<ImportOptions>();
      await withBackend(program, async (backend) => {
        const { client } = backend;
        const target = await findTarget(client, options);
        const staged = await backend.uploads.stagePath(path.resolve(file));
        const unit = 'unit' in target ? target.unit : undefined;
        const first = await client.call('metrics.previewCsv', { uploadId: staged.uploadId, ...('indicatorId' in target ? { indicatorId: target.indicatorId } : { unit }) });
        const mapping = mappingFrom(first, options);
        const preview = await client.call('metrics.previewCsv', { uploadId: staged.uploadId, mapping, ...('indicatorId' in target ? { indicatorId: target.indicatorId } : { unit }) });
        if (!preview.importable) {
          const total = preview.errors.length + preview.moreErrors;
          if (options.json) printJson({ ok: false, fileName: preview.fileName, mapping, totalRows: preview.totalRows, errors: preview.errors, moreErrors: preview.moreErrors });
          else
            process.stderr.write(
              [...preview.errors.map((e) => `Line ${e.line}${e.column ? ` (${e.column})` : ''}: ${e.message}`), ...(preview.moreErrors ? [`… and ${preview.moreErrors.toLocaleString('en-GB')} more.`] : [])].map((l) => `${l}\n`).join(''),
            );
          throw new UserError(`Nothing was imported: ${total === 1 ? 'one row has a problem' : `${total.toLocaleString('en-GB')} rows have problems`} (${describeMapping(mapping)}).`);
        }
        const result = await client.call('metrics.importCsv', { uploadId: staged.uploadId, mapping, ...target });
        if (options.json) {
          printJson({ ok: true, indicatorId: result.indicatorId, indicator: options.indicator.trim(), created: !('indicatorId' in target), imported: result.imported, replaced: result.replaced, skipped: result.skipped, mapping });
          return;
        }
        printLines([
          `Imported ${result.imported.toLocaleString('en-GB')} figures into “${options.indicator.trim()}” (${result.indicatorId})${'indicatorId' in target ? '' : ', a new indicator'}.`,
          `  Read with: ${describeMapping(mapping)}.`,
          ...(result.replaced ? [`  ${result.replaced.toLocaleString('en-GB')} of them replaced figures already there for the same period and group.`] : []),
          ...(result.skipped ? [`  ${result.skipped.toLocaleString('en-GB')} ${result.skipped === 1 ? 'row' : 'rows'} did not match the filters and ${result.skipped === 1 ? 'was' : 'were'} left out.`] : []),
          ...preview.warnings.map((w) => `  Note: ${w}`),
        ]);
      });
    });
}
