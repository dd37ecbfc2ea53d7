/**
 * Reading a CSV of figures against a mapping, row by row: every row-level problem is reported with
 * its line, and nothing is kept that the caller does not need.
 *
 * The file is parsed by papaparse one row at a time (`step`), so a preview of 100,000 rows holds
 * only the first 20 figures, the first 100 errors and, to find repeated periods, one short key per
 * figure. An import asks for the figures as well.
 *
 * Lines are the file's own (the header is line 1; blank lines and line breaks inside quoted cells
 * count), so a clerk can find a row in a text editor or spreadsheet.
 */
import Papa from 'papaparse';
import { ApiError } from '../../shared/api/errors';
import type { CsvMapping, CsvPreview, CsvRowError } from '../../shared/domain/metrics';
import type { MetricUnit, PeriodKind } from '../../shared/domain/types';
import { formatPeriod, parsePeriod, PERIOD_KIND_NOUNS, type PeriodParse } from '../../shared/format/periods';
import { decodeCsv } from './csv-decode';
import { columnIndex, headerNames, inferPeriodKind, suggestMapping } from './csv-mapping';
import { parseNumberCell } from './number-cells';

export const PREVIEW_ROWS = 20;
export const LISTED_ERRORS = 100;
/** Rows looked at to suggest a mapping and to tell financial years from months. */
const SAMPLE_ROWS = 200;
/** The largest CSV read: far above any datastore download of figures, and it keeps memory bounded. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export interface CsvFigure {
  line: number;
  periodKind: PeriodKind;
  period: string;
  groupName: string | null;
  value: number;
}

export interface CsvReadOptions {
  fileName: string;
  /** The mapping to read with; without one, the suggested mapping is used if there is one. */
  mapping?: CsvMapping | null;
  /** The indicator's unit, when known: a "12.5%" cell is refused for a count. */
  unit: MetricUnit | null;
  /** The period-and-group keys the indicator already has, to count replacements. */
  existingKeys?: Set<string>;
  /** Keep every figure (for an import). */
  collect?: boolean;
}

export interface CsvReadResult {
  preview: CsvPreview;
  /** Every figure, when `collect` was asked for and there were no errors. */
  figures: CsvFigure[] | null;
}

function countOccurrences(text: string, needle: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(needle, from); i !== -1 && i < to; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

function figureKey(period: string, groupName: string | null): string {
  return `${period}\u0000${groupName ?? ''}`;
}

function describeFigure(period: string, groupName: string | null): string {
  return `${formatPeriod(period)}${groupName ? ` for ${groupName}` : ' (the overall figure)'}`;
}

function emptyPreview(fileName: string, delimiter: string, columns: string[], encoding: string, warnings: string[]): CsvPreview {
  return {
    fileName,
    delimiter,
    columns,
    suggestedMapping: null,
    mapping: null,
    totalRows: 0,
    rows: [],
    errors: [],
    moreErrors: 0,
    importable: false,
    encoding,
    warnings,
    skippedRows: 0,
    figureCount: 0,
    wouldReplace: 0,
  };
}

/** Reads the file's rows in order: [line, cells, papaparse's complaint about the row]. */
function eachRow(text: string, delimiter: string, onRow: (line: number, cells: string[], problem: string | null) => void): void {
  let scanned = 0;
  let lineAtScanned = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: 'greedy',
    step: (results) => {
      const { cursor, linebreak } = results.meta;
      const problem = results.errors.find((e) => e.type === 'Quotes');
      const breaks = countOccurrences(text, linebreak, scanned, cursor);
      // A row's own line break ends it, except after a quote that is never closed: that runs to the
      // end of the file, and its last line break is inside the cell.
      const endsWithBreak = !problem && cursor >= linebreak.length && text.startsWith(linebreak, cursor - linebreak.length);
      const lastLine = lineAtScanned + breaks - (endsWithBreak ? 1 : 0);
      let inside = 0;
      for (const cell of results.data) if (cell.length > 0 && cell.includes(linebreak)) inside += countOccurrences(cell, linebreak, 0, cell.length);
      scanned = cursor;
      lineAtScanned += breaks;
      onRow(lastLine - inside, results.data, problem ? 'A quotation mark in this row is never closed, so the rest of the file is read as one cell. Check the quotes on this line.' : null);
    },
  });
}

export function readCsv(bytes: Uint8Array, options: CsvReadOptions): CsvReadResult {
  const { fileName, unit } = options;
  if (bytes.byteLength > MAX_CSV_BYTES) {
    throw new ApiError('payload_too_large', `${fileName} is larger than the ${MAX_CSV_BYTES / (1024 * 1024)} MB the workbench reads as a CSV of figures. Filter it to the figures you need first.`);
  }
  const decoded = decodeCsv(bytes, fileName);
  const text = decoded.text;

  // First pass over the first rows only: the header and a sample, for the suggestion.
  let header: string[] | null = null;
  const sample: string[][] = [];
  let delimiter = ',';
  Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
    preview: SAMPLE_ROWS + 1,
    step: (results) => {
      delimiter = results.meta.delimiter;
      if (!header) header = results.data;
      else sample.push(results.data);
    },
  });
  const columns = headerNames(header ?? []);
  const delimiterName = delimiter === '\t' ? 'tab' : delimiter;
  if (columns.length < 2) {
    throw new ApiError(
      'invalid_input',
      `${fileName} has only one column (its first line is “${(header as string[] | null)?.[0]?.slice(0, 80) ?? ''}”). The workbench reads files whose columns are separated by commas, semicolons or tabs; this one seems to use none of them. Save it from your spreadsheet as CSV.`,
    );
  }
  const suggestedMapping = suggestMapping(columns, sample, delimiter === ';');
  const mapping = options.mapping ?? suggestedMapping;
  const preview = emptyPreview(fileName, delimiterName, columns, decoded.encoding, [...decoded.warnings]);
  preview.suggestedMapping = suggestedMapping;
  if (!mapping) return { preview, figures: null };
  preview.mapping = mapping;

  const layout = mapping.layout ?? 'long';
  const periodIndex = columnIndex(columns, mapping.period, 'mapping.period');
  const valueIndex = columnIndex(columns, mapping.value, 'mapping.value');
  const groupIndex = mapping.group ? columnIndex(columns, mapping.group, 'mapping.group') : -1;
  const filters = (mapping.filters ?? []).map((f, i) => ({ index: columnIndex(columns, f.column, `mapping.filters.${i}.column`), value: f.value.trim().toLowerCase() }));
  const hint = mapping.periodKind ?? (layout === 'long' ? inferPeriodKind(columns[periodIndex]!, sample.map((r) => r[periodIndex] ?? '')) : null);

  // Periods repeat (200 months over 100,000 rows): each distinct text is read once.
  const periodCache = new Map<string, PeriodParse>();
  const readPeriod = (raw: string): PeriodParse => {
    let parsed = periodCache.get(raw);
    if (!parsed) {
      parsed = parsePeriod(raw, mapping.periodKind);
      if (parsed.ok && parsed.ambiguousWith && parsed.ambiguousWith === hint) parsed = parsePeriod(raw, hint);
      periodCache.set(raw, parsed);
    }
    return parsed;
  };

  // Groups repeat too; spaces inside are tidied so "Black  Londoners " is "Black Londoners".
  const groupCache = new Map<string, string | null>();
  const readGroup = (raw: string): string | null => {
    let group = groupCache.get(raw);
    if (group === undefined) {
      group = raw.replace(/\s+/g, ' ').trim() || null;
      groupCache.set(raw, group);
    }
    return group;
  };

  // A wide file's period columns, read from their headers once.
  const periodColumns: { index: number; kind: PeriodKind; period: string }[] = [];
  if (layout === 'wide') {
    if (valueIndex < periodIndex) {
      const message = `In a file with a column for each period, “${mapping.period}” must come before “${mapping.value}”.`;
      throw new ApiError('invalid_input', message, { 'mapping.value': message });
    }
    for (let i = periodIndex; i <= valueIndex; i++) {
      const parsed = readPeriod(columns[i]!);
      if (!parsed.ok) {
        const message = `The column “${columns[i]}” is between “${mapping.period}” and “${mapping.value}” but its heading is not a period: ${parsed.message}`;
        throw new ApiError('invalid_input', message, { 'mapping.value': message });
      }
      periodColumns.push({ index: i, kind: parsed.kind, period: parsed.period });
    }
    if (groupIndex >= periodIndex && groupIndex <= valueIndex) {
      const message = 'The group column cannot be one of the period columns.';
      throw new ApiError('invalid_input', message, { 'mapping.group': message });
    }
  }

  const errors: CsvRowError[] = [];
  let errorCount = 0;
  const addError = (line: number, column: string | null, message: string) => {
    errorCount++;
    if (errors.length < LISTED_ERRORS) errors.push({ line, column, message });
  };
  const seen = new Map<string, number>();
  const kindsSeen = new Set<PeriodKind>();
  const figures: CsvFigure[] | null = options.collect ? [] : null;
  let totalRows = 0;
  let skippedRows = 0;
  let figureCount = 0;
  let wouldReplace = 0;
  let allFractions = true;
  const decimalComma = delimiter === ';';
  const needed = Math.max(periodIndex, valueIndex, groupIndex, ...filters.map((f) => f.index));

  const keep = (line: number, kind: PeriodKind, period: string, groupName: string | null, value: number, percent: boolean) => {
    figureCount++;
    kindsSeen.add(kind);
    if (unit === 'percent' && !percent && (value < 0 || value > 1)) allFractions = false;
    if (options.existingKeys?.has(figureKey(period, groupName))) wouldReplace++;
    if (preview.rows.length < PREVIEW_ROWS) preview.rows.push({ line, periodKind: kind, period, groupName, value });
    figures?.push({ line, periodKind: kind, period, groupName, value });
  };

  let headerDone = false;
  eachRow(text, delimiter, (line, cells, problem) => {
    if (!headerDone) {
      headerDone = true;
      return;
    }
    totalRows++;
    if (problem) return addError(line, null, problem);
    if (cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '')) {
      return addError(
        line,
        null,
        `This row has ${cells.length} cells but the header has ${columns.length}. A number with a comma in it (1,234) must be in quotes, or the file is separated by something other than ${delimiterName === ',' ? 'commas' : delimiterName === ';' ? 'semicolons' : 'tabs'}.`,
      );
    }
    if (cells.length <= needed) return addError(line, null, `This row has only ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}; the header has ${columns.length}.`);
    if (filters.some((f) => cells[f.index]!.trim().toLowerCase() !== f.value)) {
      skippedRows++;
      return;
    }
    const groupName = groupIndex >= 0 ? readGroup(cells[groupIndex]!) : null;

    if (layout === 'wide') {
      let rowOk = true;
      const rowFigures: { kind: PeriodKind; period: string; value: number; percent: boolean }[] = [];
      for (const column of periodColumns) {
        const raw = cells[column.index] ?? '';
        if (raw.trim() === '') continue; // a wide file leaves a cell blank where it has no figure
        const number = parseNumberCell(raw, unit, decimalComma);
        if (!number.ok) {
          addError(line, columns[column.index]!, number.message);
          rowOk = false;
          continue;
        }
        rowFigures.push({ kind: column.kind, period: column.period, value: number.value, percent: number.percent });
      }
      const key = figureKey('', groupName);
      const earlier = seen.get(key);
      if (earlier !== undefined) return addError(line, mapping.group, `${groupName ? `“${groupName}”` : 'The overall figure'} is already on line ${earlier}, so its figures would be given twice.`);
      seen.set(key, line);
      if (rowOk) for (const f of rowFigures) keep(line, f.kind, f.period, groupName, f.value, f.percent);
      return;
    }

    const rawPeriod = cells[periodIndex]!.trim();
    const period = rawPeriod === '' ? ({ ok: false, message: 'The period is blank.' } as const) : readPeriod(rawPeriod);
    const number = parseNumberCell(cells[valueIndex]!, unit, decimalComma);
    if (!period.ok) addError(line, mapping.period, period.message);
    if (!number.ok) addError(line, mapping.value, number.message);
    if (!period.ok || !number.ok) return;
    const key = figureKey(period.period, groupName);
    const earlier = seen.get(key);
    if (earlier !== undefined) return addError(line, mapping.period, `${describeFigure(period.period, groupName)} is given twice: on line ${earlier} and on line ${line}.`);
    seen.set(key, line);
    keep(line, period.kind, period.period, groupName, number.value, number.percent);
  });

  if (totalRows === 0) addError(1, null, 'The file has a header row but no figures under it.');
  else if (figureCount === 0 && errorCount === 0) addError(1, null, 'No row matches the filters, so there is nothing to import.');
  if (kindsSeen.size > 1) {
    preview.warnings.push(`The periods are of more than one kind (${[...kindsSeen].map((k) => PERIOD_KIND_NOUNS[k].replace(/^an? /, '') + 's').join(' and ')}): a chart over time shows one kind at a time.`);
  }
  if (unit === 'percent' && figureCount > 0 && allFractions) {
    preview.warnings.push('Every figure is between 0 and 1. If they are fractions (0.46 for 46 per cent), multiply them by 100 before importing.');
  }
  Object.assign(preview, {
    totalRows,
    errors,
    moreErrors: errorCount - errors.length,
    importable: errorCount === 0 && figureCount > 0,
    skippedRows,
    figureCount,
    wouldReplace,
  });
  return { preview, figures: preview.importable ? figures : null };
}
