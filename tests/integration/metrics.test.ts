/**
 * Metrics through the API on real stores: the sample's change sentences generated from its stored
 * figures, indicators and observations, CSV import through the real upload path (every bad file
 * reported row by row with the store left as it was; 100,000 rows; files shaped like London
 * Datastore downloads), and charts saved as figures.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { sampleId } from '../../backend/sample/load-sample';
import { SAMPLE_INDICATORS, SAMPLE_VALUE } from '../../backend/sample/metrics';
import { sampleIndicatorId } from '../../backend/sample/load-sample-metrics';
import { parseNumberCell } from '../../backend/metrics/number-cells';
import type { ApiClient } from '../../shared/api/client';
import type { MethodInput } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import type { CsvMapping } from '../../shared/domain/metrics';
import { formatValue } from '../../shared/format/numbers';
import { SEED } from '../helpers/seed';
import { sampleBackend } from '../helpers/temp';

const FIXTURES = new URL('../fixtures/csv/', import.meta.url);
const SEED_PROSE = SEED.replace(/\s+/g, ' ');

function fixture(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(new URL(name, FIXTURES)));
}

async function upload(client: ApiClient, name: string, bytes: Uint8Array = fixture(name)): Promise<string> {
  return (await client.upload(name, bytes.slice().buffer)).uploadId;
}

/** Row counts of everything an import or a figure could touch. */
function storeCounts(backend: Backend): Record<string, number> {
  const db = backend.store.db;
  return Object.fromEntries(['indicators', 'observations', 'change_log', 'attachments', 'figures'].map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to be refused');
}

async function indicatorId(client: ApiClient, investigationId: string, name: string): Promise<string> {
  const found = (await client.call('indicators.list', { investigationId })).find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name}`);
  return found.id;
}

// ---- The sample's change sentences --------------------------------------------------------------

interface SeedStatement {
  footnote: number;
  /** The seed's sentence, copied from it. */
  sentence: string;
  indicator: string;
  call: Omit<MethodInput<'metrics.statement'>, 'indicatorId'>;
  phrase: string;
}

const SEED_STATEMENTS: SeedStatement[] = [
  {
    footnote: 2,
    sentence: 'Volume of total notifiable offences increased from 834,567 in 2021/22 to 936,209 in 2023/24.',
    indicator: 'Total notifiable offences',
    call: { from: '2021/22', to: '2023/24' },
    phrase: 'increased from 834,567 in 2021/22 to 936,209 in 2023/24',
  },
  {
    footnote: 2,
    sentence: 'Volume of theft increased from 204,954 in 2021/22 to 291,000 in 2023/24.',
    indicator: 'Theft offences',
    call: { from: '2021-22', to: '2023-24' },
    phrase: 'increased from 204,954 in 2021/22 to 291,000 in 2023/24',
  },
  {
    footnote: 2,
    sentence: 'Volume of gun crime increased from 1,323 in 2021/22 to 1,529 in 2023/24.',
    indicator: 'Gun crime offences',
    call: { from: 'FY 2021-22', to: '2023/2024' },
    phrase: 'increased from 1,323 in 2021/22 to 1,529 in 2023/24',
  },
  {
    footnote: 3,
    sentence: 'From March 2022 to December 2024, overall confidence has decreased by 3 percentage points and overall trust has remained the same at 73 per cent.',
    indicator: 'Public confidence in the Met',
    call: { from: 'March 2022', to: 'December 2024', style: 'difference' },
    phrase: 'decreased by 3 percentage points',
  },
  {
    footnote: 3,
    sentence: 'From March 2022 to December 2024, overall confidence has decreased by 3 percentage points and overall trust has remained the same at 73 per cent.',
    indicator: 'Public trust in the Met',
    call: { from: 'Mar 2022', to: 'Dec 2024', style: 'difference' },
    phrase: 'remained the same at 73 per cent',
  },
  {
    footnote: 31,
    sentence: 'Overall victim satisfaction has reduced from 64 per cent in June 2022 to 61 per cent in December 2024.',
    indicator: 'Victim satisfaction',
    call: { from: 'June 2022', to: 'December 2024', down: 'reduced' },
    phrase: 'reduced from 64 per cent in June 2022 to 61 per cent in December 2024',
  },
  {
    footnote: 31,
    sentence: 'Since 2021-22, overall confidence in the Met has decreased while trust has stagnated, and victim satisfaction levels have fallen by 3 percentage points.',
    indicator: 'Victim satisfaction',
    call: { from: '2022-06', to: '2024-12', style: 'difference', down: 'fell', tense: 'perfect' },
    phrase: 'fallen by 3 percentage points',
  },
  {
    footnote: 59,
    sentence: 'From June 2019 to the most recently available data in December 2024, it has declined from 59 per cent to 46 per cent.',
    indicator: 'Public confidence in the Met',
    call: { from: 'June 2019', to: 'December 2024', down: 'declined', withPeriods: false },
    phrase: 'declined from 59 per cent to 46 per cent',
  },
  {
    footnote: 86,
    sentence: 'The volume of knife crime offences recorded by the Met increased by 6.9 per cent in 2024 compared to the previous year.',
    indicator: 'Knife crime offences',
    call: { from: '2023', to: '2024', style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'increased by 6.9 per cent',
  },
  {
    footnote: 87,
    sentence: 'In the same period, the number of knife crimes resulting in injury rose by 4.1 per cent.',
    indicator: 'Knife crime with injury offences',
    call: { from: '2023', to: '2024', style: 'percent_change', percentChangeForm: 'verb', up: 'rose' },
    phrase: 'rose by 4.1 per cent',
  },
  {
    footnote: 88,
    sentence: 'In 2024, gun crime recorded by the Met increased by 29.8 per cent compared to the previous year;',
    indicator: 'Gun crime offences, calendar year',
    call: { from: '2023', to: '2024', style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'increased by 29.8 per cent',
  },
  {
    footnote: 88,
    sentence: 'however, the discharge of a lethal weapon decreased by 12.6 per cent.',
    indicator: 'Lethal barrel firearm discharges',
    call: { from: '2023', to: '2024', style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'decreased by 12.6 per cent',
  },
  {
    footnote: 89,
    sentence: 'Homicides reduced from 153 in 2019 to 109 in 2023, with 82 homicides recorded in the year to September 2024.',
    indicator: 'Homicides',
    call: { from: '2019', to: '2023', down: 'reduced' },
    phrase: 'reduced from 153 in 2019 to 109 in 2023',
  },
  {
    footnote: 102,
    sentence: 'In 2024, the Met carried out 118,688 stop and searches, a decrease of 22.2 per cent on the previous year.',
    indicator: 'Stop and searches',
    call: { from: '2023', to: '2024', style: 'percent_change' },
    phrase: 'a decrease of 22.2 per cent',
  },
  {
    footnote: 115,
    sentence: 'In the 12 months to the end of January 2025, reported sexual offences in London have increased by 7.4 per cent and rape has increased by',
    indicator: 'Sexual offences, rolling 12 months',
    call: { from: 'January 2024', to: 'January 2025', style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'increased by 7.4 per cent',
  },
  {
    footnote: 116,
    sentence: 'During the same period, domestic abuse has decreased by 4 per cent.',
    indicator: 'Domestic abuse offences, rolling 12 months',
    call: { from: 'Jan 2024', to: 'Jan 2025', style: 'percent_change', percentChangeForm: 'verb' },
    phrase: 'decreased by 4 per cent',
  },
];

describe('the sample’s change sentences, generated from its stored figures', () => {
  it('generates every change sentence the seed writes', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    for (const statement of SEED_STATEMENTS) {
      const where = `footnote ${statement.footnote}: ${statement.phrase}`;
      expect(SEED_PROSE, where).toContain(statement.sentence);
      expect(statement.sentence, where).toContain(statement.phrase);
      const result = await client.call('metrics.statement', { indicatorId: await indicatorId(client, investigationId, statement.indicator), ...statement.call });
      expect(result.text, where).toBe(statement.phrase);
    }
  });

  it('generates the two the seed writes differently, and says how they differ', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    // Footnote 2: the seed writes this one financial year "2023-24"; house style is "2023/24".
    expect(SEED).toContain('Volume of robbery increased from 24,452 in 2021/22 to 34,391 in 2023-24.');
    const robbery = await client.call('metrics.statement', { indicatorId: await indicatorId(client, investigationId, 'Robbery offences'), from: '2021/22', to: '2023/24' });
    expect(robbery.text).toBe('increased from 24,452 in 2021/22 to 34,391 in 2023/24');
    // Footnote 115: the seed's sentence is broken across its footnotes: "rape has increased by" … "2.2 per cent".
    expect(SEED).toContain('and rape has increased by\n');
    expect(SEED).toContain('\n2.2 per cent, compared to the previous 12 months.<sup>115</sup>');
    const rape = await client.call('metrics.statement', { indicatorId: await indicatorId(client, investigationId, 'Rape offences, rolling 12 months'), from: '2024-01', to: '2025-01', style: 'percent_change', percentChangeForm: 'verb' });
    expect(rape.text).toBe('increased by 2.2 per cent');
    // Footnote 60's paragraph: "13 percentage points lower than the 84 per cent", but 84 − 73 is 11.
    expect(SEED_PROSE).toContain('at 73 per cent it is still 13 percentage points lower than the 84 per cent recorded pre-pandemic in December 2019.');
    const trust = await client.call('metrics.statement', { indicatorId: await indicatorId(client, investigationId, 'Public trust in the Met'), from: 'December 2019', to: 'December 2024', style: 'comparison' });
    expect(trust.text).toBe('11 percentage points lower than the 84 per cent');
    expect([trust.from.value, trust.to.value]).toEqual([84, 73]);
  });

  it('says which figures an indicator has when asked for one it lacks', async () => {
    const { backend, investigationId } = await sampleBackend();
    const id = await indicatorId(backend.client, investigationId, 'Homicides');
    const error = await rejection(backend.client.call('metrics.statement', { indicatorId: id, from: '2018', to: '2023' }));
    expect(error).toMatchObject({ code: 'not_found', message: '“Homicides” has no figure for 2018. It has figures for 2019, 2020, 2021, 2022, 2023.' });
    const group = await rejection(backend.client.call('metrics.statement', { indicatorId: await indicatorId(backend.client, investigationId, 'Public trust in the Met'), from: 'Dec 2019', to: 'Dec 2024', groupName: 'Black Londoners' }));
    expect(group.message).toBe('“Public trust in the Met” has no figure for December 2019 for Black Londoners. It has figures for December 2024.');
  });
});

describe('the sample’s figures', () => {
  it('holds every figure the seed quotes, citing its source; sample values are marked and cite nothing', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const listed = await client.call('indicators.list', { investigationId });
    expect(listed).toHaveLength(SAMPLE_INDICATORS.length);
    let fromReport = 0;
    for (const sample of SAMPLE_INDICATORS) {
      const detail = await client.call('indicators.get', { id: sampleIndicatorId(sample.key) });
      const sourceId = sampleId(`source/${sample.source}`);
      expect(detail, sample.key).toMatchObject({ name: sample.name, unit: sample.unit, sourceId, investigationId });
      expect(detail.sourceTitle, `${sample.key} cites a source in the register`).not.toBeNull();
      expect(detail.observations).toHaveLength(sample.observations.length);
      for (const o of sample.observations) {
        const stored = detail.observations.find((s) => s.period === o.period && s.groupName === (o.group ?? null))!;
        const where = `${sample.key} ${o.period} ${o.group ?? ''}`;
        expect(stored.value, where).toBe(o.value);
        if ('sample' in o) {
          expect(stored, where).toMatchObject({ sourceId: null, locator: SAMPLE_VALUE });
        } else {
          expect(stored.sourceId, where).toBe(sourceId);
          expect(stored.locator, where).not.toBe(SAMPLE_VALUE);
          // The report's own figures are printed in it (derived ones, by definition, are not).
          if (!('derived' in o)) expect(SEED_PROSE, where).toContain(formatValue(o.value, sample.unit));
          fromReport++;
        }
      }
    }
    expect(fromReport).toBeGreaterThanOrEqual(30);
  });

  it('lists observations in period order, the overall figure before groups', async () => {
    const { backend } = await sampleBackend();
    const trust = await backend.client.call('indicators.get', { id: sampleIndicatorId('trust') });
    expect(trust.observations.map((o) => `${o.period} ${o.groupName ?? 'overall'}`)).toEqual([
      '2019-12 overall',
      '2022-03 overall',
      '2024-12 overall',
      '2024-12 Black Londoners',
      '2024-12 Disabled Londoners',
      '2024-12 LGBTQ+ Londoners',
      '2024-12 Mixed ethnicity Londoners',
    ]);
    expect(trust).toMatchObject({ firstPeriod: '2019-12', lastPeriod: '2024-12', observationCount: 7, groups: ['Black Londoners', 'Disabled Londoners', 'LGBTQ+ Londoners', 'Mixed ethnicity Londoners'] });
  });
});

// ---- Indicators and observations ------------------------------------------------------------

describe('indicators and observations', () => {
  it('adds, edits and deletes, each logged; names are unique per investigation', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const before = storeCounts(backend);
    const { id } = await client.call('indicators.create', { investigationId, name: 'Officer numbers', unit: 'count', definition: 'Full-time equivalent police officers.' });
    const clash = await rejection(client.call('indicators.create', { investigationId, name: 'officer NUMBERS', unit: 'count' }));
    expect(clash).toMatchObject({ code: 'conflict', details: { name: 'There is already an indicator called “Officer numbers” in this investigation.' } });

    const saved = await client.call('observations.save', { indicatorId: id, period: '2024-25', value: 33_000 });
    expect(saved).toMatchObject({ periodKind: 'financial_year', period: '2024/25', groupName: null, value: 33_000, sourceId: null });
    // The same period, however written, replaces the value rather than adding a second figure.
    const replaced = await client.call('observations.save', { indicatorId: id, period: 'FY 2024/2025', value: 33_250, locator: 'Table 3' });
    expect(replaced).toMatchObject({ id: saved.id, value: 33_250, locator: 'Table 3' });
    await client.call('observations.save', { indicatorId: id, period: 'Q1 2025/26', value: 33_100 });
    const badPeriod = await rejection(client.call('observations.save', { indicatorId: id, period: 'Q1 2025', value: 1 }));
    expect(badPeriod).toMatchObject({ code: 'invalid_input', details: { period: expect.stringContaining('Q1 2025-26') } });
    const wrongKind = await rejection(client.call('observations.save', { indicatorId: id, period: '2019', periodKind: 'financial_year', value: 1 }));
    expect(wrongKind.message).toBe('“2019” is a calendar year (2019), but a financial year is expected here.');

    const updated = await client.call('indicators.update', { id, name: 'Police officers', definition: null });
    expect(updated).toMatchObject({ name: 'Police officers', definition: null, observationCount: 2, firstPeriod: '2024/25', lastPeriod: 'Q1 2025-26' });
    await client.call('observations.delete', { id: saved.id });
    expect((await client.call('indicators.get', { id })).observations.map((o) => o.period)).toEqual(['Q1 2025-26']);
    await client.call('indicators.delete', { id });
    await expect(client.call('indicators.get', { id })).rejects.toMatchObject({ code: 'not_found' });

    const after = storeCounts(backend);
    expect(after).toMatchObject({ indicators: before.indicators, observations: before.observations, change_log: before.change_log! + 7 });
    const log = backend.store.db.prepare(`SELECT summary FROM change_log ORDER BY at DESC, rowid DESC LIMIT 7`).all() as { summary: string }[];
    expect(log.map((l) => l.summary)).toContain('Changed “Officer numbers” for 2024/25: 33,250.');
    expect(log.map((l) => l.summary)).toContain('Deleted the indicator “Police officers” and its one figure.');
  });

  it('refuses a source that is not in the register', async () => {
    const { backend, investigationId } = await sampleBackend();
    const error = await rejection(backend.client.call('indicators.create', { investigationId, name: 'X', unit: 'rate', sourceId: 'no-such-source' }));
    expect(error).toMatchObject({ code: 'not_found', details: { sourceId: 'That source no longer exists.' } });
  });
});

// ---- CSV import --------------------------------------------------------------------------------

type ExpectedError = { line: number; column: string | null; message: string | RegExp };

const BAD_ROWS: { file: string; unit: 'count' | 'percent'; errors: ExpectedError[] }[] = [
  { file: 'header-only.csv', unit: 'count', errors: [{ line: 1, column: null, message: 'The file has a header row but no figures under it.' }] },
  {
    file: 'blank-and-duplicate-periods.csv',
    unit: 'count',
    errors: [
      { line: 3, column: 'Month', message: 'The period is blank.' },
      { line: 5, column: 'Month', message: 'January 2024 (the overall figure) is given twice: on line 2 and on line 5.' },
      { line: 7, column: 'Month', message: 'January 2024 for Black Londoners is given twice: on line 6 and on line 7.' },
    ],
  },
  {
    file: 'text-in-numbers.csv',
    unit: 'count',
    errors: [
      { line: 3, column: 'Count', message: '“n/a” is not a number: datastores write it for a figure that is missing or withheld. Remove the row, or give the figure.' },
      { line: 4, column: 'Count', message: /^“\.\.” is not a number: datastores write it/ },
      { line: 5, column: 'Count', message: '“twelve” is not a number.' },
      { line: 6, column: 'Count', message: 'There is no figure in this cell.' },
      { line: 7, column: 'Count', message: '“12.5%” is a percentage, but this indicator is a count.' },
    ],
  },
  {
    file: 'percent-strings.csv',
    unit: 'count',
    errors: [2, 3, 4].map((line) => ({ line, column: 'Confidence', message: /is a percentage, but this indicator is a count\.$/ })),
  },
  { file: 'unquoted-thousands.csv', unit: 'count', errors: [{ line: 2, column: null, message: /^This row has 3 cells but the header has 2\. A number with a comma in it \(1,234\) must be in quotes/ }] },
  { file: 'unterminated-quote.csv', unit: 'count', errors: [{ line: 2, column: null, message: /quotation mark in this row is never closed/ }] },
  {
    file: 'bad-periods.csv',
    unit: 'count',
    errors: [
      { line: 2, column: 'Month', message: /^“2024-13” is not a period the workbench recognises/ },
      { line: 3, column: 'Month', message: /^“2024-12-15” is a day, not a month/ },
      { line: 4, column: 'Month', message: /^“Q1 2025” could be a quarter of the calendar year or of the financial year/ },
      { line: 5, column: 'Month', message: /second year of a financial year must follow the first/ },
    ],
  },
];

const BAD_FILES: { file: string; message: RegExp }[] = [
  { file: 'empty.csv', message: /^empty\.csv is empty: there is nothing to import\.$/ },
  { file: 'pipe-delimited.csv', message: /^pipe-delimited\.csv has only one column \(its first line is “Month\|Count”\)\. The workbench reads files whose columns are separated by commas, semicolons or tabs/ },
  { file: 'invalid-bytes.csv', message: /^invalid-bytes\.csv cannot be read safely: line 3 has the byte 0x81, which is not a character in UTF-8 or Windows-1252/ },
  { file: 'not-a-csv.xlsx.csv', message: /is an Excel workbook \(or another zipped file\), not a CSV\. Open it in your spreadsheet program and save it as “CSV UTF-8/ },
];

function matchErrors(expected: ExpectedError[]) {
  return expected.map((e) => ({ line: e.line, column: e.column, message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message) }));
}

describe('figures as datastores write them', () => {
  it.each([
    ['1234', 'count', false, 1234],
    ['1,234', 'count', false, 1234],
    ['1 234 567', 'count', false, 1_234_567],
    ['1\u00a0234', 'count', false, 1234],
    ['-5', 'count', false, -5],
    ['−5', 'count', false, -5],
    ['(5)', 'count', false, -5],
    ['12.5%', 'percent', false, 12.5],
    ['12.5 %', null, false, 12.5],
    ['£25.9m', 'money', false, 25_900_000],
    ['£1.2bn', 'money', false, 1_200_000_000],
    ['£12,345', 'money', false, 12_345],
    ['1.2E+05', 'count', false, 120_000],
    ['12,5', 'percent', true, 12.5],
    ['1.234,5', 'count', true, 1234.5],
  ] as const)('reads “%s” (%s)', (raw, unit, decimalComma, value) => {
    expect(parseNumberCell(raw, unit, decimalComma)).toMatchObject({ ok: true, value });
  });

  it.each([
    ['12,5', 'count', '“12,5” is not a number. Use a full stop for decimals (12.5), or put a number with thousands in quotes ("1,234").'],
    ['£5', 'count', '“£5” is an amount of money, but this indicator is a count.'],
    ['12.5%', 'rate', '“12.5%” is a percentage, but this indicator is a rate.'],
    ['#N/A', 'count', '“#N/A” is not a number: datastores write it for a figure that is missing or withheld. Remove the row, or give the figure.'],
    ['1,23', 'count', '“1,23” is not a number. Use a full stop for decimals (12.5), or put a number with thousands in quotes ("1,234").'],
  ] as const)('refuses “%s” for a %s', (raw, unit, message) => {
    expect(parseNumberCell(raw, unit, false)).toEqual({ ok: false, message });
  });
});

describe('CSV import: bad files', () => {
  it.each(BAD_ROWS.map((c) => [c.file, c] as const))('%s: every bad row reported with its line, nothing imported, the upload kept for another try', async (_name, c) => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const before = storeCounts(backend);
    const uploadId = await upload(client, c.file);
    const preview = await client.call('metrics.previewCsv', { uploadId, unit: c.unit });
    expect(preview.errors).toEqual(matchErrors(c.errors));
    expect(preview).toMatchObject({ importable: false, moreErrors: 0 });
    const mapping = preview.mapping ?? { period: preview.columns[0]!, value: preview.columns[preview.columns.length - 1]!, group: null, periodKind: null };
    const refused = await rejection(client.call('metrics.importCsv', { uploadId, mapping, indicatorName: 'Imported figures', unit: c.unit, investigationId }));
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/^Nothing was imported: (one row|\d+ rows) of .* (has a problem|have problems)\. line \d/);
    expect(refused.details).toEqual(Object.fromEntries(c.errors.map((e) => [`line.${e.line}${e.column ? `.${e.column}` : ''}`, expect.any(String)])));
    expect(storeCounts(backend)).toEqual(before);
    // Refused, the upload is still there: the analyst can change the mapping and preview again.
    await expect(client.call('metrics.previewCsv', { uploadId, unit: c.unit })).resolves.toMatchObject({ importable: false });
  });

  it.each(BAD_FILES.map((c) => [c.file, c] as const))('%s: refused with a plain message, store unchanged', async (_name, c) => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const before = storeCounts(backend);
    const uploadId = await upload(client, c.file);
    const error = await rejection(client.call('metrics.previewCsv', { uploadId }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(c.message);
    const mapping: CsvMapping = { period: 'Month', value: 'Count', group: null, periodKind: null };
    await expect(client.call('metrics.importCsv', { uploadId, mapping, indicatorName: 'Imported figures', unit: 'count', investigationId })).rejects.toMatchObject({ message: expect.stringMatching(c.message) });
    expect(storeCounts(backend)).toEqual(before);
  });

  it('refuses a mapping naming a column the file does not have, listing the ones it has', async () => {
    const { backend } = await sampleBackend();
    const uploadId = await upload(backend.client, 'bom-utf8.csv');
    const error = await rejection(backend.client.call('metrics.previewCsv', { uploadId, mapping: { period: 'Date', value: 'Count', group: null, periodKind: null } }));
    expect(error).toMatchObject({ code: 'invalid_input', message: 'There is no column called “Date” in this file. Its columns are: “Month”, “Count”.', details: { 'mapping.period': expect.any(String) } });
  });
});

describe('CSV import: the shapes files come in', () => {
  async function importFile(backend: Backend, investigationId: string, file: string, unit: 'count' | 'percent' | 'money', mapping?: Partial<CsvMapping>) {
    const { client } = backend;
    const uploadId = await upload(client, file);
    const preview = await client.call('metrics.previewCsv', { uploadId, unit });
    const chosen = { ...preview.suggestedMapping!, ...mapping };
    const checked = await client.call('metrics.previewCsv', { uploadId, unit, mapping: chosen });
    expect(checked.errors).toEqual([]);
    const result = await client.call('metrics.importCsv', { uploadId, mapping: chosen, indicatorName: file, unit, investigationId });
    const detail = await client.call('indicators.get', { id: result.indicatorId });
    return { preview: checked, result, figures: detail.observations.map((o) => [o.period, o.groupName, o.value] as const) };
  }

  it('reads semicolons with decimal commas, tabs, a byte-order mark and thousands separators', async () => {
    const { backend, investigationId } = await sampleBackend();
    const semicolon = await importFile(backend, investigationId, 'semicolon-decimal-comma.csv', 'percent', { group: 'Groep' });
    expect(semicolon.preview).toMatchObject({ delimiter: ';', columns: ['Periode', 'Groep', 'Waarde'] });
    expect(semicolon.figures).toEqual([
      ['2024-10', 'Black Londoners', 61.5],
      ['2024-11', 'Black Londoners', 62],
      ['2024-12', 'Black Londoners', 63.25],
    ]);
    const tab = await importFile(backend, investigationId, 'tab-separated.csv', 'percent');
    expect(tab.preview).toMatchObject({ delimiter: 'tab', suggestedMapping: { period: 'Month', value: 'Rate (%)' } });
    expect(tab.figures.map((f) => f[2])).toEqual([45.1, 45.9, 46]);
    const bom = await importFile(backend, investigationId, 'bom-utf8.csv', 'count');
    expect(bom.preview.columns).toEqual(['Month', 'Count']);
    expect(bom.figures).toEqual([['2024-01', null, 100], ['2024-02', null, 110]]);
    const thousands = await importFile(backend, investigationId, 'thousands-separators.csv', 'count');
    expect(thousands.figures).toEqual([['2021/22', null, 834_567], ['2022/23', null, 902_410], ['2023/24', null, 936_209]]);
  });

  it('stores "12.5%" as 12.5 for a per-cent indicator, skips blank lines keeping the file’s line numbers, and tells financial years from months', async () => {
    const { backend, investigationId } = await sampleBackend();
    const percent = await importFile(backend, investigationId, 'percent-strings.csv', 'percent');
    expect(percent.figures).toEqual([['2024-12', null, 46], ['2024-12', 'LGBTQ+ Londoners', 36], ['2024-12', 'White British Londoners', 40]]);
    const blank = await importFile(backend, investigationId, 'blank-lines.csv', 'count');
    expect(blank.preview.rows.map((r) => [r.line, r.period, r.value])).toEqual([[3, '2019', 153], [6, '2020', 126], [8, '2021', 131]]);
    const years = await importFile(backend, investigationId, 'financial-years-ambiguous.csv', 'count');
    expect(years.preview.suggestedMapping).toMatchObject({ period: 'Financial Year', periodKind: 'financial_year' });
    expect(years.figures.map((f) => f[0])).toEqual(['2009/10', '2010/11', '2011/12']);
  });

  it('reads a Windows-1252 file (Excel’s CSV) and says so', async () => {
    const { backend, investigationId } = await sampleBackend();
    const spend = await importFile(backend, investigationId, 'windows-1252.csv', 'money', { group: 'Group' });
    expect(spend.preview.encoding).toBe('windows-1252');
    expect(spend.preview.warnings).toEqual([expect.stringContaining('read as Windows-1252')]);
    expect(spend.figures).toEqual([['2023', 'Cafés – outer boroughs', 1200], ['2024', 'Cafés – outer boroughs', 1350]]);
  });

  it('replaces figures already there for the same period and group, and counts them', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const id = sampleIndicatorId('homicides');
    const csv = new TextEncoder().encode('Year,Homicides\n2022,110\n2023,109\n2024,97\n');
    const uploadId = await upload(client, 'homicides.csv', csv);
    const preview = await client.call('metrics.previewCsv', { uploadId, indicatorId: id });
    expect(preview).toMatchObject({ importable: true, figureCount: 3, wouldReplace: 2 });
    const result = await client.call('metrics.importCsv', { uploadId, indicatorId: id, mapping: preview.suggestedMapping! });
    expect(result).toEqual({ indicatorId: id, imported: 3, replaced: 2, skipped: 0 });
    const detail = await client.call('indicators.get', { id });
    expect(detail.observations.map((o) => [o.period, o.value])).toEqual([['2019', 153], ['2020', 126], ['2021', 131], ['2022', 110], ['2023', 109], ['2024', 97]]);
    // The upload was consumed by the import.
    await expect(client.call('metrics.previewCsv', { uploadId })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('CSV import: files shaped like London Datastore downloads', () => {
  it('imports one offence and measure by borough from the Met’s monthly crime dashboard data, with filters', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const uploadId = await upload(client, 'mps-monthly-crime-dashboard.csv');
    const first = await client.call('metrics.previewCsv', { uploadId });
    expect(first.suggestedMapping).toMatchObject({ period: 'Month-Year', value: 'Count', layout: 'long' });
    // Without filters, every month and borough appears once per offence and measure: the preview says so.
    expect(first.importable).toBe(false);
    expect(first.errors[0]).toEqual({ line: 3, column: 'Month-Year', message: 'April 2023 for Westminster is given twice: on line 2 and on line 3.' });
    const mapping: CsvMapping = {
      period: 'Month-Year',
      value: 'Count',
      group: 'Area name',
      periodKind: 'month',
      filters: [
        { column: 'Offence Subgroup', value: 'Robbery of personal property' },
        { column: 'measure', value: 'Offences' },
      ],
    };
    const preview = await client.call('metrics.previewCsv', { uploadId, mapping, unit: 'count' });
    expect(preview).toMatchObject({ importable: true, totalRows: 216, skippedRows: 180, figureCount: 36, errors: [] });
    const result = await client.call('metrics.importCsv', { uploadId, mapping, indicatorName: 'Robbery of personal property by borough', unit: 'count', investigationId });
    expect(result).toMatchObject({ imported: 36, replaced: 0, skipped: 180 });
    const detail = await client.call('indicators.get', { id: result.indicatorId });
    expect(detail).toMatchObject({ firstPeriod: '2023-04', lastPeriod: '2024-03', groups: ['Camden', 'Lambeth', 'Westminster'] });
    expect(detail.observations.find((o) => o.period === '2023-04' && o.groupName === 'Westminster')!.value).toBe(358);
    const statement = await client.call('metrics.statement', { indicatorId: result.indicatorId, groupName: 'Westminster', from: 'April 2023', to: 'March 2024' });
    expect(statement.text).toMatch(/^(increased|decreased) from \d+ in April 2023 to \d+ in March 2024$|^remained the same/);
  });

  it('imports the wide borough-level file (a column per month) from its suggested mapping', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const uploadId = await upload(client, 'mps-borough-level-crime-wide.csv');
    const preview = await client.call('metrics.previewCsv', { uploadId, unit: 'count' });
    expect(preview.suggestedMapping).toEqual({ period: '202301', value: '202312', group: 'BoroughName', periodKind: 'month', layout: 'wide', filters: [] });
    const mapping = { ...preview.suggestedMapping!, filters: [{ column: 'MinorText', value: 'Robbery of Personal Property' }] };
    const result = await client.call('metrics.importCsv', { uploadId, mapping, indicatorName: 'Personal robbery, borough level', unit: 'count', investigationId });
    expect(result).toMatchObject({ imported: 60, replaced: 0, skipped: 10 });
    const csvLine = new TextDecoder().decode(fixture('mps-borough-level-crime-wide.csv')).split('\n')[2]!.split(',');
    const detail = await client.call('indicators.get', { id: result.indicatorId });
    expect(detail.observations.filter((o) => o.groupName === csvLine[2]).map((o) => o.value)).toEqual(csvLine.slice(3).map(Number));
  });
});

describe('CSV import: 100,000 rows', () => {
  const GROUPS = 500;
  const MONTHS = 200;
  function bigCsv(badEvery = 0): Uint8Array {
    const lines = ['Month,Ward,Offences'];
    for (let g = 0; g < GROUPS; g++) {
      for (let m = 0; m < MONTHS; m++) {
        const n = lines.length;
        const value = badEvery && n % badEvery === 0 ? 'n/a' : `"${(1000 + ((g * 7919 + m * 104729) % 9000)).toLocaleString('en-GB')}"`;
        lines.push(`${2000 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')},Ward ${g + 1},${value}`);
      }
    }
    return new TextEncoder().encode(lines.join('\n'));
  }

  it('previews in well under a few seconds, listing 20 rows and 100 errors, then imports all of them in one transaction', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    // The session's first upload starts the transcript reader's worker (backend/index.ts), which
    // competes for the CPU for a second or two; a small preview first keeps that out of the timing.
    await client.call('metrics.previewCsv', { uploadId: await upload(client, 'bom-utf8.csv') });
    const bad = await upload(client, 'wards-bad.csv', bigCsv(50));
    const before = storeCounts(backend);
    let started = performance.now();
    const badPreview = await client.call('metrics.previewCsv', { uploadId: bad, unit: 'count' });
    const badMs = performance.now() - started;
    expect(badPreview).toMatchObject({ totalRows: 100_000, importable: false, moreErrors: 2000 - 100 });
    expect(badPreview.errors).toHaveLength(100);
    expect(badPreview.errors[0]).toEqual({ line: 51, column: 'Offences', message: expect.stringContaining('“n/a” is not a number') });
    const refused = await rejection(client.call('metrics.importCsv', { uploadId: bad, mapping: badPreview.suggestedMapping!, indicatorName: 'Ward offences', unit: 'count', investigationId }));
    expect(refused.message).toMatch(/^Nothing was imported: 2,000 rows of wards-bad\.csv have problems\. line 51 \(Offences\): “n\/a” is not a number.*; and 1,995 more\./);
    expect(storeCounts(backend)).toEqual(before);

    const good = await upload(client, 'wards.csv', bigCsv());
    started = performance.now();
    const preview = await client.call('metrics.previewCsv', { uploadId: good, unit: 'count' });
    const previewMs = performance.now() - started;
    expect(preview).toMatchObject({ totalRows: 100_000, figureCount: 100_000, importable: true, errors: [], suggestedMapping: { period: 'Month', value: 'Offences', group: 'Ward' } });
    expect(preview.rows).toHaveLength(20);
    started = performance.now();
    const result = await client.call('metrics.importCsv', { uploadId: good, mapping: preview.suggestedMapping!, indicatorName: 'Ward offences', unit: 'count', investigationId });
    const importMs = performance.now() - started;
    expect(result).toMatchObject({ imported: 100_000, replaced: 0 });
    expect(storeCounts(backend)).toMatchObject({ observations: before.observations! + 100_000, change_log: before.change_log! + 1 });
    started = performance.now();
    const [listed] = (await client.call('indicators.list', { investigationId })).filter((i) => i.id === result.indicatorId);
    const listMs = performance.now() - started;
    expect(listed).toMatchObject({ observationCount: 100_000, firstPeriod: '2000-01', lastPeriod: '2016-08' });
    console.log(`100,000-row CSV: preview with 2,000 errors ${badMs.toFixed(0)} ms; clean preview ${previewMs.toFixed(0)} ms; import ${importMs.toFixed(0)} ms; indicators.list ${listMs.toFixed(0)} ms`);
    expect(previewMs).toBeLessThan(3000);
    expect(badMs).toBeLessThan(3000);
  }, 120_000);
});

// ---- Figures ----------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}

/** A real PNG: width × height grey pixels. */
function png(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0;
  const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
  return new Uint8Array(bytes);
}

describe('figures: charts saved as images', () => {
  it('saves a PNG once by its SHA-256, lists it, gives it back, and deletes it with its image', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const before = storeCounts(backend);
    const image = png(320, 200);
    const figure = await client.call('figures.save', { investigationId, indicatorId: sampleIndicatorId('trust'), title: 'Trust in the Met by group, December 2024', chartKind: 'groups', uploadId: await upload(client, 'trust.png', image) });
    expect(figure).toMatchObject({ investigationId, indicatorId: sampleIndicatorId('trust'), chartKind: 'groups', attachmentSha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const again = await client.call('figures.save', { investigationId, title: 'The same chart again', chartKind: 'groups', uploadId: await upload(client, 'trust.png', image) });
    expect(again.attachmentSha256).toBe(figure.attachmentSha256);
    expect(storeCounts(backend)).toMatchObject({ figures: before.figures! + 2, attachments: before.attachments! + 1 });
    expect((await client.call('figures.list', { investigationId })).map((f) => f.title)).toEqual(['Trust in the Met by group, December 2024', 'The same chart again']);
    const shown = await client.call('figures.image', { id: figure.id });
    expect(shown.mediaType).toBe('image/png');
    expect(Buffer.from(shown.base64, 'base64').equals(Buffer.from(image))).toBe(true);

    await client.call('figures.delete', { id: figure.id });
    expect(storeCounts(backend).attachments).toBe(before.attachments! + 1); // still used by the other figure
    await client.call('figures.delete', { id: again.id });
    expect(storeCounts(backend)).toMatchObject({ figures: before.figures, attachments: before.attachments });
    await expect(client.call('figures.image', { id: figure.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses what is not a whole PNG of a sane size, storing nothing', async () => {
    const { backend, investigationId } = await sampleBackend();
    const { client } = backend;
    const before = storeCounts(backend);
    const save = async (name: string, bytes: Uint8Array) => rejection(client.call('figures.save', { investigationId, title: 'Chart', chartKind: 'trend', uploadId: await upload(client, name, bytes) }));
    expect((await save('chart.png', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).message).toBe('chart.png is not a PNG image, so it cannot be saved as a figure. Save the chart again.');
    const whole = png(10, 10);
    expect((await save('cut.png', whole.slice(0, whole.length - 6))).message).toBe('cut.png is an incomplete PNG image (its end is missing). Save the chart again.');
    expect((await save('huge.png', png(20_000, 1))).message).toBe('huge.png is 20,000 × 1 pixels; a chart image must be between 1 and 10,000 pixels each way.');
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(whole.subarray(0, 33));
    expect(await save('big.png', big)).toMatchObject({ code: 'payload_too_large', message: 'big.png is 10.0 MB; a chart image can be at most 10 MB.' });
    expect(storeCounts(backend)).toEqual(before);
  });
});
